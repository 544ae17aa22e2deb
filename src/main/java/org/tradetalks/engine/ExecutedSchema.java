package org.tradetalks.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * The schema the engine executes with: SmallRye's, as the service's {@code EventingService}s left it (the scalars'
 * own coercing, graphql-java's field visibility). Documents are validated against this one, not the schema SmallRye
 * publishes as a CDI bean: rebuilding types for the scalars' coercing leaves that one inconsistent (a union no longer
 * knows its members as the same objects).
 */
@ApplicationScoped
public class ExecutedSchema {

    private volatile GraphQLSchema schema;

    @Inject
    ExecutionService engine;

    void engineBuilt(GraphQLSchema built) {
        schema = built;
    }

    /** The schema; SmallRye builds its engine on first use, so the first call has it built with a trivial query. */
    public GraphQLSchema get() {
        if (schema == null) {
            engine.executeSync(jakarta.json.Json.createObjectBuilder().add("query", "{ __typename }").build(),
                    new ExecutionResponseWriter() {
                        @Override
                        public void write(ExecutionResponse response) {
                        }

                        @Override
                        public void fail(Throwable failure) {
                        }
                    });
        }
        if (schema == null) {
            throw new IllegalStateException("SmallRye built no GraphQL engine");
        }
        return schema;
    }
}
