package org.tradetalks.scalar;

import java.util.Map;

import org.tradetalks.country.CountryCode;
import org.tradetalks.date.DateBound;

import graphql.GraphQL;
import graphql.schema.Coercing;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives the service's own scalars ({@link CountryCode}, {@link DateBound}) a coercing that reports a bad value in the
 * client's terms: the value, the expected format and an example (see {@link StringScalarCoercing}). SmallRye builds
 * these scalars from their {@code @CustomScalar} classes (name, description, the Java type of arguments and input
 * fields); only the coercing of the engine's schema is replaced, so the served SDL is SmallRye's own.
 *
 * <p>A SmallRye {@link EventingService} (listed in META-INF/services): SmallRye offers no other way to set the
 * coercing of a custom scalar.
 */
public class ScalarCoercion implements EventingService {

    private static final Map<String, Coercing<?, ?>> COERCINGS = Map.of(
            "CountryCode", new StringScalarCoercing<>(CountryCode.class, CountryCode::new, CountryCode::problem),
            "DateBound", new StringScalarCoercing<>(DateBound.class, DateBound::new, DateBound::problem));

    @Override
    public String getConfigKey() {
        return null; // always on: the scalars are part of the schema
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.schema(withOwnCoercing(builder.build().getGraphQLSchema()));
    }

    static GraphQLSchema withOwnCoercing(GraphQLSchema schema) {
        GraphQLSchema transformed = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                Coercing<?, ?> coercing = COERCINGS.get(scalar.getName());
                if (coercing == null || scalar.getCoercing() == coercing) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, scalar.transform(copy -> copy.coercing(coercing)));
            }
        });
        return withTypeResolversOf(transformed);
    }

    /**
     * The transformation rebuilds every object type that reaches a replaced scalar, while SmallRye's union and
     * interface type resolvers keep returning the object types they were built with; graphql-java then matches no
     * fragment ({@code ... on Meeting}) on a search result. Each resolver's answer is looked up again, by name, in the
     * schema being executed.
     */
    private static GraphQLSchema withTypeResolversOf(GraphQLSchema schema) {
        GraphQLCodeRegistry codes = schema.getCodeRegistry();
        GraphQLCodeRegistry resolved = codes.transform(registry -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (!registry.hasTypeResolver(type.getName())) {
                    continue;
                }
                TypeResolver original = type instanceof GraphQLUnionType union ? codes.getTypeResolver(union)
                        : type instanceof GraphQLInterfaceType contract ? codes.getTypeResolver(contract) : null;
                if (original != null) {
                    registry.typeResolver(type.getName(),
                            environment -> environment.getSchema().getObjectType(original.getType(environment).getName()));
                }
            }
        });
        return schema.transformWithoutTypes(builder -> builder.codeRegistry(resolved));
    }
}
