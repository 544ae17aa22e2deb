package org.tradetalks.id;

import java.util.Set;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.EventingService;

/**
 * Lets an argument be a list of ids ({@code @Id List<String> sourceIds}, {@code sourceIds: [ID!]!}). SmallRye puts
 * such an argument in the schema as {@code [ID!]!} but records the list's class as the class of its elements, and
 * then fails to read every element ("1" is not a java.util.List). The element class of these arguments is set back
 * to String before SmallRye builds their data fetchers; the schema is unchanged.
 *
 * <p>A SmallRye {@link EventingService} (listed in META-INF/services), the hook SmallRye gives for changing an
 * operation's model at start-up.
 */
public class IdListArguments implements EventingService {

    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection");

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public Operation createOperation(Operation operation) {
        for (Argument argument : operation.getArguments()) {
            Reference reference = argument.getReference();
            if ("ID".equals(reference.getName()) && COLLECTIONS.contains(reference.getClassName())) {
                reference.setClassName(String.class.getName());
                reference.setGraphQLClassName(String.class.getName());
            }
        }
        return operation;
    }
}
