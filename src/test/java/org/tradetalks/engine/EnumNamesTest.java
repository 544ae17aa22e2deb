package org.tradetalks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/** Enum values are written with the names graphql-java gives them, for every enum of the schema the engine executes. */
@QuarkusTest
class EnumNamesTest {

    private final EnumNames names = new EnumNames();
    private final GraphQLContext context = GraphQLContext.newContext().build();

    @Test
    void everyValueOfEveryEnumHasGraphqlJavasName() {
        int checked = 0;
        for (GraphQLEnumType type : Arc.container().instance(ExecutedSchema.class).get().get().getAllTypesAsList()
                .stream().filter(GraphQLEnumType.class::isInstance).map(GraphQLEnumType.class::cast).toList()) {
            for (GraphQLEnumValueDefinition value : type.getValues()) {
                assertEquals(type.serialize(value.getValue(), context, Locale.ROOT),
                        names.serialize(type, value.getValue(), context, Locale.ROOT), type.getName() + "." + value.getName());
                checked++;
            }
        }
        assertTrue(checked > 30, "only " + checked + " values checked");
    }

    @Test
    void otherValuesAreLeftToGraphqlJava() {
        GraphQLEnumType status = GraphQLEnumType.newEnum().name("Status").value("HELD", Thread.State.RUNNABLE)
                .value("CANCELLED", "cancelled").build();
        assertEquals("HELD", names.serialize(status, Thread.State.RUNNABLE, context, Locale.ROOT));
        assertEquals("HELD", names.serialize(status, "RUNNABLE", context, Locale.ROOT), "a constant's name, as graphql-java reads it");
        assertEquals("CANCELLED", names.serialize(status, "cancelled", context, Locale.ROOT));
        assertThrows(CoercingSerializeException.class, () -> names.serialize(status, Thread.State.BLOCKED, context, Locale.ROOT));
    }
}
