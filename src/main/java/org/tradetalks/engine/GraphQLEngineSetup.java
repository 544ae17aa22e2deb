package org.tradetalks.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.tradetalks.error.ErrorCodeInstrumentation;
import org.tradetalks.limits.ComplexityLimit;
import org.tradetalks.limits.DepthLimit;
import org.tradetalks.limits.DocumentLimits;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.pagination.PageRequest;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Installs the service's instrumentation on the GraphQL engine SmallRye builds, after SmallRye's own: the Int
 * range check, query limits, error codes and direct reads of plain and batched fields ({@link DirectFetch}); and a
 * document cache that applies the document limits ({@link DocumentCache}).
 *
 * <p>It is a SmallRye {@link EventingService} (listed in META-INF/services, always on) rather than a CDI observer of
 * SmallRye's events: turning those events on makes SmallRye fire a CDI event for every field of every response,
 * which cost a fifth of the CPU time of a nested query (measured with src/bench/run.sh).
 */
public class GraphQLEngineSetup implements EventingService {

    private static final int CACHED_DOCUMENTS = 1000;

    @Override
    public String getConfigKey() {
        return null; // no switch: the limits are not optional
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        QueryLimits limits = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(QueryLimits.class);
        GraphQL smallRyes = builder.build();
        return builder.schema(withoutNeedlessFieldBlocking(smallRyes.getGraphQLSchema()))
                .instrumentation(instrumentation(limits, smallRyes.getInstrumentation()))
                .preparsedDocumentProvider(new DocumentCache(CACHED_DOCUMENTS, new DocumentLimits(limits)));
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
     * SmallRye's own instrumentation (its query cache, which SmallRye also reads to tell queries from mutations: left
     * out, every request would be parsed twice), then the service's.
     */
    static OperationInstrumentation instrumentation(QueryLimits limits, Instrumentation smallRyes) {
        List<Instrumentation> chain = new ArrayList<>();
        if (smallRyes instanceof ChainedInstrumentation chained) {
            chain.addAll(chained.getInstrumentations());
        } else if (smallRyes != null) {
            chain.add(smallRyes);
        }
        chain.addAll(List.of(
                new IntRange(),
                new DepthLimit(limits.maxDepth()),
                new ComplexityLimit(limits.maxComplexity(), PageRequest.DEFAULT_PAGE_SIZE),
                new ErrorCodeInstrumentation()));
        return new OperationInstrumentation(chain, new DirectFetch());
    }
}
