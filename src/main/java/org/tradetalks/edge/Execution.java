package org.tradetalks.edge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.tradetalks.engine.MutationDocument;
import org.tradetalks.engine.RequestScope;
import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;
import org.tradetalks.error.ErrorCodes;
import org.tradetalks.limits.Deadline;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs an admitted request through SmallRye's execution service, on the worker thread the edge handed it to, in what
 * SmallRye's own HTTP handler would set up: the request's CDI context, its (lazily authenticated) identity and its
 * Vert.x request. Every resolver runs on this thread ({@code runBlocking}), so the request context lasts until the
 * whole answer is built, and a mutation document is one transaction: committed when all of its fields succeeded,
 * rolled back otherwise.
 */
@ApplicationScoped
class Execution {

    private static final Logger LOG = Logger.getLogger(Execution.class);

    /**
     * A bad token is an error of the mutation that needed it (UNAUTHENTICATED, see ErrorCodes), not an HTTP 401
     * written by Quarkus over the GraphQL answer; public reads never ask for the identity.
     */
    private static final BiConsumer<RoutingContext, Throwable> AUTHENTICATION_FAILURE_IS_A_GRAPHQL_ERROR = (context, failure) -> {
    };

    @Inject
    ExecutionService engine;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    Instance<CurrentIdentityAssociation> identities;

    @Inject
    Session session;

    ExecutionResult run(RoutingContext routing, GraphQLRequest request, Admission admission, Deadline deadline) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        InjectableContext.ContextState state = requestContext.getState();
        try {
            currentRequest.setCurrent(routing);
            routing.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, AUTHENTICATION_FAILURE_IS_A_GRAPHQL_ERROR);
            if (identities.isResolvable()) {
                identities.get().setIdentity(QuarkusHttpUser.getSecurityIdentity(routing, null));
            }
            Map<String, Object> context = new HashMap<>();
            context.put(RequestScope.RUN_BLOCKING, true);
            context.put(RequestScope.STATE, state);
            context.put("httpHeaders", headers(routing));
            context.put(DocumentAdmission.KEY, admission);
            context.put(Deadline.KEY, deadline);
            if (admission.isMutation()) {
                return inOneTransaction(request, admission, context, deadline);
            }
            // A query only reads: what it loads needs no copy of its state for a dirty check at a flush that never comes.
            session.setDefaultReadOnly(true);
            return execute(request, context);
        } finally {
            // SmallRye's resolvers deactivate the request context after each call; it ends here, once.
            if (!requestContext.isActive()) {
                requestContext.activate(state);
            }
            requestContext.terminate();
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    private ExecutionResult inOneTransaction(GraphQLRequest request, Admission admission, Map<String, Object> context,
            Deadline deadline) {
        MutationDocument document = new MutationDocument(admission.document(), admission.operation());
        context.put(MutationDocument.KEY, document);
        int seconds = (int) Math.max(1, (deadline.remainingMillis() + 999) / 1000);
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(seconds));
        ExecutionResult result;
        try {
            result = execute(request, context);
        } catch (RuntimeException | Error failure) {
            QuarkusTransaction.rollback();
            throw failure;
        }
        if (!result.getErrors().isEmpty() || QuarkusTransaction.isRollbackOnly()) {
            QuarkusTransaction.rollback();
            return document.rolledBack(result);
        }
        try {
            QuarkusTransaction.commit();
            return result;
        } catch (RuntimeException commitFailed) {
            return document.notCommitted(result, ErrorCodes.fromException(
                    GraphqlErrorBuilder.newError().message("commit").build(), commitFailed));
        }
    }

    private ExecutionResult execute(GraphQLRequest request, Map<String, Object> context) {
        Captured captured = new Captured();
        engine.execute(request.toJson(), context, captured, false);
        if (captured.failure != null) {
            LOG.error("The GraphQL engine failed on an admitted request", captured.failure);
            return ExecutionResultImpl.newExecutionResult()
                    .addError(new CodedError(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error.")).build();
        }
        return captured.result;
    }

    private static Map<String, List<String>> headers(RoutingContext routing) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : routing.request().headers().names()) {
            headers.put(name, routing.request().headers().getAll(name));
        }
        return headers;
    }

    /** SmallRye hands the result to a writer; with synchronous execution it has done so when execute returns. */
    private static final class Captured implements ExecutionResponseWriter {
        ExecutionResult result;
        Throwable failure;

        @Override
        public void write(ExecutionResponse response) {
            result = response.getExecutionResult();
        }

        @Override
        public void fail(Throwable thrown) {
            failure = thrown;
        }
    }
}
