package org.tradetalks.pagination;

import io.smallrye.graphql.api.Context;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What the client selected under a list query, so work it did not ask for is not done. It reads the field's own
 * selections (fragments, aliases, {@code @skip} and {@code @include} applied, as graphql-java collects them): the
 * engine leaves SmallRye's {@code Context.getSelectedFields()} empty (engine/DirectFetch says why).
 */
public final class Selection {

    private static final FieldCollector COLLECTOR = new FieldCollector();

    private Selection() {
    }

    /** Whether {@code totalCount} was selected on the connection being resolved. */
    public static boolean wantsTotalCount(Context context) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        return environment != null && selects(environment, "totalCount");
    }

    /** Whether the field being resolved selects {@code name} directly under it. */
    static boolean selects(DataFetchingEnvironment environment, String name) {
        if (!(GraphQLTypeUtil.unwrapAll(environment.getFieldType()) instanceof GraphQLObjectType type)) {
            return false;
        }
        FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
                .schema(environment.getGraphQLSchema())
                .objectType(type)
                .fragments(environment.getFragmentsByName())
                .variables(environment.getVariables())
                .graphQLContext(environment.getGraphQlContext())
                .build();
        for (MergedField field : COLLECTOR.collectFields(parameters, environment.getMergedField(), false).getSubFieldsList()) {
            if (name.equals(field.getName())) {
                return true;
            }
        }
        return false;
    }
}
