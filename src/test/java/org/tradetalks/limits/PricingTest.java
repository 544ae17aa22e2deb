package org.tradetalks.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQueryBuilder;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** What {@link Pricing} charges for a document, on the checked-in schema, without a running service. */
class PricingTest {

    private static Pricing pricing;

    @BeforeAll
    static void schema() throws IOException {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
        pricing = new Pricing(schema, 100, 20);
    }

    private static Pricing.Price price(String document) {
        return price(document, Map.of());
    }

    private static Pricing.Price price(String document, Map<String, Object> variables) {
        Document parsed = Parser.parse(document);
        return pricing.price(parsed, variables);
    }

    @Test
    void aFieldCostsOneAndItsSelectionsOncePerExpectedItem() {
        assertEquals(2, price("{ country(code: \"JP\") { __typename } }").cost(), "a single object: 1 + 1");
        assertEquals(1 + 5 * 2, price("{ countries { code name } }").cost(), "a list without first: five items");
        assertEquals(1 + 7 * (1 + (1 + 1)), price("{ meetings(first: 7) { edges { node { id } } } }").cost(),
                "a page of seven: the edges inside are counted by the connection's first");
        assertEquals(1 + 20 * (1 + (1 + 1)), price("{ meetings { edges { node { id } } } }").cost(), "no first: the default page");
        assertEquals(1 + 100 * 2, price("{ meetings(first: 5000) { edges { cursor } } }").cost(),
                "an oversized first is priced at the page limit; the resolver refuses it with its own message");
        assertEquals(1 + 9 * 2, price("query($n: Int) { meetings(first: $n) { edges { cursor } } }", Map.of("n", 9)).cost());
        assertTrue(price("query($n: Int) { meetings(first: $n) { edges { cursor } } }", Map.of("n", 9)).dependsOnVariables());
    }

    @Test
    void depthCountsFieldsOnTheLongestPath() {
        assertEquals(3, price("{ countries { officials { name } } }").depth());
        assertEquals(3, price("{ countries { ...O } } fragment O on Country { officials { name } }").depth());
    }

    @Test
    void aFragmentIsPricedOnceAndChargedAtEverySpread() {
        StringBuilder bomb = new StringBuilder("{ countries { ...F0 } }");
        for (int i = 0; i < 40; i++) {
            bomb.append(" fragment F").append(i).append(" on Country { code ...F").append(i + 1).append(" ...F").append(i + 1).append(" }");
        }
        bomb.append(" fragment F40 on Country { code }");
        Pricing.Price price = price(bomb.toString());
        // 2^41 - 1 codes per country, five countries expected: far past any limit, and priced in 41 steps.
        assertEquals(1 + 5 * ((1L << 41) - 1), price.cost());
        assertEquals((1L << 41) - 1 + 1, price.expanded(), "what validation and the engine would walk: every expansion");
    }

    @Test
    void cyclesAndDuplicatesAreFoundNotFollowed() {
        assertEquals(List.of("A", "B"), price("{ countries { ...A } } fragment A on Country { ...B } fragment B on Country { ...A }").cycle());
        assertEquals("A", price("{ countries { ...A } } fragment A on Country { code } fragment A on Country { name }").duplicateFragment());
    }

    @Test
    void introspectionIsPricedApartByTheSchemasRealSizes() {
        Pricing.Price standard = price(IntrospectionQueryBuilder.build());
        assertTrue(standard.introspectionCost() > 1000 && standard.introspectionCost() < 100_000, "" + standard.introspectionCost());
        assertEquals(0, standard.cost(), "nothing of it counts against the data limits");
        assertTrue(standard.introspectionDepth() <= 20, "" + standard.introspectionDepth());
        Pricing.Price cycling = price("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }");
        assertTrue(cycling.introspectionCost() > standard.introspectionCost(), "each level multiplies by the fields a type has");
    }

    @Test
    void countsAliasesAndDirectivesAndChecksNumbers() {
        Pricing.Price price = price("{ a: countries @include(if: true) { code } b: countries { code @skip(if: false) } "
                + "meetings(first: 4294967298) { totalCount } }");
        assertEquals(2, price.aliases());
        assertEquals(2, price.directives());
        assertEquals(List.of("Argument 'first' is not an Int: an Int is a whole number between -2147483648 and 2147483647."),
                price.literalProblems());
    }
}
