package org.tradetalks.engine;

import java.util.ArrayList;
import java.util.List;

import org.tradetalks.error.ErrorCodeInstrumentation;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Installs the service's parts on the GraphQL engine SmallRye builds, last of the service's {@code EventingService}s
 * (META-INF/services lists it after those that change the schema), and publishes the schema it executes with
 * ({@link ExecutedSchema}): the document admission (parsing, pricing and
 * validation within the limits, {@code edge/DocumentAdmission}) as the engine's document provider; error codes after
 * SmallRye's own instrumentation; direct reads of plain and batched fields, deadlines and atomic mutation documents
 * ({@link DirectFetch}); the query strategy that completes whole trees of such fields at once ({@link QueryStrategy}).
 *
 * <p>It is a SmallRye {@link EventingService} (listed in META-INF/services, always on) rather than a CDI observer of
 * SmallRye's events: turning those events on makes SmallRye fire a CDI event for every field of every response,
 * which cost a fifth of the CPU time of a nested query (measured with src/bench/run.sh).
 */
public class GraphQLEngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // no switch: the limits are not optional
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL smallRyes = builder.build();
        GraphQLSchema executed = withoutNeedlessFieldBlocking(smallRyes.getGraphQLSchema());
        Arc.container().instance(ExecutedSchema.class).get().engineBuilt(executed);
        // Looked up by its graphql-java interface: the admission belongs to the edge, which depends on the engine.
        PreparsedDocumentProvider admission = Arc.container().instance(PreparsedDocumentProvider.class).get();
        DirectFetch fetchers = new DirectFetch();
        List<Instrumentation> smallRyesInstrumentation = instrumentations(smallRyes.getInstrumentation());
        return builder.schema(executed)
                .instrumentation(instrumentation(smallRyesInstrumentation, fetchers))
                // SmallRye sets no query strategy: graphql-java's default, with SmallRye's exception handler as here
                .queryExecutionStrategy(new QueryStrategy(new ExceptionHandler(), fetchers))
                .preparsedDocumentProvider(AdmittedDocuments.of(admission, smallRyesInstrumentation));
    }

    /**
     * SmallRye turns every field-visibility setting but "no-introspection" into a list of blocked-field patterns,
     * its default ("default") included: the engine then builds a "Type.field" string and runs a regular expression
     * for every field of every object it resolves, an eighth of the CPU time of a nested query (src/bench/run.sh),
     * to block nothing. With that default, the engine's schema gets graphql-java's own default visibility instead.
     */
    private static GraphQLSchema withoutNeedlessFieldBlocking(GraphQLSchema schema) {
        if (!Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            return schema;
        }
        GraphQLCodeRegistry registry = schema.getCodeRegistry()
                .transform(codes -> codes.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        return schema.transformWithoutTypes(builder -> builder.codeRegistry(registry));
    }

    /**
     * SmallRye's own instrumentation (its query cache, which SmallRye also reads to tell queries from mutations), then
     * the error codes. The limits are not instrumentation any more: graphql-java's depth and complexity
     * instrumentations walk every fragment spread, which a fragment bomb makes exponential.
     */
    static OperationInstrumentation instrumentation(List<Instrumentation> smallRyes, DirectFetch fetchers) {
        List<Instrumentation> chain = new ArrayList<>(smallRyes);
        chain.add(new ErrorCodeInstrumentation());
        return new OperationInstrumentation(chain, fetchers);
    }

    /** SmallRye's instrumentations, out of the chain it builds. */
    static List<Instrumentation> instrumentations(Instrumentation smallRyes) {
        if (smallRyes instanceof ChainedInstrumentation chained) {
            return chained.getInstrumentations();
        }
        return smallRyes == null ? List.of() : List.of(smallRyes);
    }
}
