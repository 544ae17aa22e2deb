package org.tradetalks.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema an analyst reads in GraphiQL's docs: every type, field, argument, input field and enum value has a
 * description, every id is an {@code ID}, every country code a {@code CountryCode}, and no list argument or input
 * field accepts null elements. Checked on the SDL the service serves.
 */
@QuarkusTest
class SchemaDescriptionsTest {

    /** Scalar-typed names that hold a country code wherever they appear. */
    private static final Set<String> COUNTRY_CODE_NAMES = Set.of("code", "country", "countries", "imposedBy", "target");
    /** The scalars graphql-java knows without a definition (the registry lists them among its scalars). */
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");
    private static final Set<String> SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID", "BigDecimal",
            "BigInteger", "Date", "DateBound", "CountryCode");

    @Test
    void everyElementHasADescription() {
        assertEquals(List.of(), undescribed(servedSchema()), "schema elements without a description");
    }

    @Test
    void everyIdIsAnIdAndEveryCountryCodeACountryCode() {
        assertEquals(List.of(), inconsistentTypes(servedSchema()), "elements of the wrong type");
    }

    @Test
    void listArgumentsAndInputFieldsHoldNoNulls() {
        assertEquals(List.of(), nullableListElements(servedSchema()), "lists that accept null elements");
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        String sdl = """
                "A thing." type Query {
                  "Described." a(b: Int, "Described." c: [String]): String
                  undescribed: String
                  meetingId: String
                  "Described." country: String
                }
                "An order." enum Order { "Described." UP DOWN }
                input Filter { "Described." ids: [String!] }
                scalar Raw
                """;
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        assertEquals(List.of("Query.a(b)", "Query.undescribed", "Query.meetingId", "Order.DOWN", "Filter", "Raw"),
                undescribed(registry));
        assertEquals(List.of("Query.meetingId: String, expected ID", "Query.country: String, expected CountryCode",
                "Filter.ids: [String!], expected ID"), inconsistentTypes(registry));
        assertEquals(List.of("Query.a(c): [String]"), nullableListElements(registry));
    }

    @Test
    void theServedSchemaHasTheTypesTheseChecksAreAbout() {
        TypeDefinitionRegistry registry = servedSchema();
        assertTrue(registry.getType("CountryCode").isPresent(), "CountryCode");
        assertTrue(registry.getType("DateBound").isPresent(), "DateBound");
        assertTrue(registry.getType("StatementKind").isPresent(), "StatementKind");
    }

    private static TypeDefinitionRegistry servedSchema() {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        return new SchemaParser().parse(sdl);
    }

    static List<String> undescribed(TypeDefinitionRegistry registry) {
        List<String> missing = new ArrayList<>();
        for (TypeDefinition<?> type : types(registry)) {
            if (blank(((DescribedNode<?>) type).getDescription())) {
                missing.add(type.getName());
            }
            if (type instanceof ObjectTypeDefinition object) {
                for (FieldDefinition field : object.getFieldDefinitions()) {
                    String name = type.getName() + "." + field.getName();
                    if (blank(field.getDescription())) {
                        missing.add(name);
                    }
                    for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                        if (blank(argument.getDescription())) {
                            missing.add(name + "(" + argument.getName() + ")");
                        }
                    }
                }
            } else if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    if (blank(field.getDescription())) {
                        missing.add(type.getName() + "." + field.getName());
                    }
                }
            } else if (type instanceof EnumTypeDefinition enumeration) {
                enumeration.getEnumValueDefinitions().stream().filter(value -> blank(value.getDescription()))
                        .forEach(value -> missing.add(type.getName() + "." + value.getName()));
            }
        }
        return missing;
    }

    static List<String> inconsistentTypes(TypeDefinitionRegistry registry) {
        List<String> wrong = new ArrayList<>();
        for (TypeDefinition<?> type : types(registry)) {
            for (Named element : elements(type)) {
                String scalar = innermost(element.type());
                if (!SCALARS.contains(scalar)) {
                    continue; // objects, enums and inputs carry their own types
                }
                String expected = null;
                if (Set.of("id", "ids").contains(element.name()) || element.name().endsWith("Id") || element.name().endsWith("Ids")) {
                    expected = "ID";
                } else if (COUNTRY_CODE_NAMES.contains(element.name())) {
                    expected = "CountryCode";
                }
                if (expected != null && !expected.equals(scalar)) {
                    wrong.add(element.path() + ": " + show(element.type()) + ", expected " + expected);
                }
            }
        }
        return wrong;
    }

    static List<String> nullableListElements(TypeDefinitionRegistry registry) {
        List<String> nullable = new ArrayList<>();
        for (TypeDefinition<?> type : types(registry)) {
            for (Named element : elements(type)) {
                if (element.input()) {
                    Type<?> unwrapped = element.type() instanceof NonNullType nonNull ? nonNull.getType() : element.type();
                    if (unwrapped instanceof ListType list && !(list.getType() instanceof NonNullType)) {
                        nullable.add(element.path() + ": " + show(element.type()));
                    }
                }
            }
        }
        return nullable;
    }

    /** A field, argument or input field, with the path it is reported by. */
    private record Named(String path, String name, Type<?> type, boolean input) {
    }

    private static List<Named> elements(TypeDefinition<?> type) {
        List<Named> elements = new ArrayList<>();
        if (type instanceof ObjectTypeDefinition object) {
            for (FieldDefinition field : object.getFieldDefinitions()) {
                String name = type.getName() + "." + field.getName();
                elements.add(new Named(name, field.getName(), field.getType(), false));
                for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    elements.add(new Named(name + "(" + argument.getName() + ")", argument.getName(), argument.getType(), true));
                }
            }
        } else if (type instanceof InputObjectTypeDefinition input) {
            for (InputValueDefinition field : input.getInputValueDefinitions()) {
                elements.add(new Named(type.getName() + "." + field.getName(), field.getName(), field.getType(), true));
            }
        }
        return elements;
    }

    private static List<TypeDefinition<?>> types(TypeDefinitionRegistry registry) {
        List<TypeDefinition<?>> types = new ArrayList<>();
        registry.getTypes(TypeDefinition.class).forEach(types::add);
        registry.scalars().values().stream().filter(scalar -> !BUILT_IN_SCALARS.contains(scalar.getName()))
                .forEach(types::add);
        return types;
    }

    private static String innermost(Type<?> type) {
        Type<?> current = type;
        while (!(current instanceof TypeName)) {
            current = current instanceof NonNullType nonNull ? nonNull.getType() : ((ListType) current).getType();
        }
        return ((TypeName) current).getName();
    }

    private static String show(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return show(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + show(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    private static boolean blank(Description description) {
        return description == null || description.getContent() == null || description.getContent().isBlank();
    }

}
