package org.tradetalks.engine;

import java.util.function.Supplier;

import graphql.GraphQLContext;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;

/**
 * The request's CDI context for work graphql-java runs after the resolver that asked for it has returned (a batch of a
 * data loader), when that context is no longer active on the thread; and the keys under which the edge leaves, in
 * the GraphQL context, what Quarkus's and SmallRye's fetchers read.
 */
public final class RequestScope {

    /** The state of the request's CDI context (Quarkus's own data fetchers read it under this key). */
    public static final String STATE = "state";
    /** True when the whole request runs on the worker thread that calls the engine (SmallRye reads it too). */
    public static final String RUN_BLOCKING = "runBlocking";

    /**
     * When true, graphql-java completes every field itself ({@link QueryStrategy} leaves all trees to it): the reference
     * that TreeCompletionTest compares the service's answers with.
     */
    public static final String FIELD_BY_FIELD = "tradetalks.fieldByField";

    private RequestScope() {
    }

    /** Runs {@code work} in the request's CDI context (so it reads with the request's Hibernate session). */
    public static <R> R run(GraphQLContext context, Supplier<R> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return work.get();
        }
        Object state = context.get(STATE);
        if (!(state instanceof InjectableContext.ContextState active) || !active.isValid()) {
            return work.get(); // no request (a subscription event) or one that ended: Batch reads in a transaction of its own
        }
        requestContext.activate(active);
        try {
            return work.get();
        } finally {
            requestContext.deactivate();
        }
    }
}
