package org.tradetalks.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetalks.support.GraphQL;

import graphql.introspection.IntrospectionQueryBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Documents built to make the engine walk far more than they say: fragment "bombs" (each fragment spreading the next
 * several times), cycles, wide spreads and introspection that fans out. Each is refused with LIMIT_EXCEEDED before
 * anything runs, in bounded time however large its expansion, while ordinary queries are answered; the introspection
 * that tools send is answered.
 */
@QuarkusTest
class AbusiveDocumentsTest {

    /**
     * Far above what pricing takes (milliseconds), far below what the expansion would take: before pricing, the first
     * bomb below held an event-loop thread for more than nine minutes. Generous because CI machines are shared.
     */
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(5);

    /** {@code root}, then fragments F0..F(n-1) each selecting {@code leaf} and spreading the next {@code times} times. */
    static String bomb(String root, String on, int fragments, int times, String leaf) {
        StringBuilder document = new StringBuilder(root).append('\n');
        for (int i = 0; i < fragments; i++) {
            document.append("fragment F").append(i).append(" on ").append(on).append(" { ").append(leaf);
            for (int spread = 0; spread < times; spread++) {
                document.append(" ...F").append(i + 1);
            }
            document.append(" }\n");
        }
        return document.append("fragment F").append(fragments).append(" on ").append(on).append(" { ").append(leaf).append(" }").toString();
    }

    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of("25 fragments, each spreading the next twice (2^25 expansions)",
                        bomb("{ countries { ...F0 } }", "Country", 25, 2, "officials { name }"), "exceeds the maximum complexity"),
                Arguments.of("200 fragments, each spreading the next twice (2^200 expansions)",
                        bomb("{ countries { ...F0 } }", "Country", 200, 2, "code"), "exceeds the maximum complexity"),
                Arguments.of("8 fragments, each spreading the next ten times (10^8), pages of 100 at the end",
                        bomb("{ ...F0 }", "Query", 8, 10, "meetings(first: 100) { totalCount }"), "exceeds the maximum complexity"),
                Arguments.of("20 fragments, each spreading the next ten times (10^20)",
                        bomb("{ ...F0 }", "Query", 20, 10, "__typename"), "exceeds the maximum complexity"),
                Arguments.of("a fragment spread 1500 times inside a list",
                        "{ countries { " + "...W ".repeat(1500) + "} } fragment W on Country { code name region }",
                        "exceeds the maximum complexity"),
                Arguments.of("two fragments spreading each other",
                        "{ countries { ...A } } fragment A on Country { code ...B } fragment B on Country { name ...A }",
                        "The fragments A, B spread each other in a cycle"),
                Arguments.of("a fragment spreading itself", "{ countries { ...A } } fragment A on Country { code ...A }",
                        "The fragments A spread each other in a cycle"),
                Arguments.of("a bomb in a fragment no operation uses",
                        bomb("{ countries { code } }", "Country", 40, 2, "code"), "exceeds the maximum complexity"),
                Arguments.of("5000 tokens and more",
                        "{ countries { " + "c ".repeat(6000) + "} }", "more than 5000 tokens"),
                Arguments.of("introspection through the cycle of types and their fields",
                        "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }",
                        "exceeds the maximum introspection complexity"),
                Arguments.of("introspection nested deeper than any tool asks",
                        "{ __schema { types { " + "ofType { ".repeat(25) + "name" + " }".repeat(25) + " } } }",
                        "exceeds the maximum introspection depth of 20"),
                Arguments.of("the full introspection, thirty times over",
                        aliased(30, IntrospectionQueryBuilder.build()), "exceeds the maximum introspection complexity"));
    }

    /** {@code times} aliases of the operation's selection (its fragments kept once). */
    private static String aliased(int times, String introspection) {
        int open = introspection.indexOf("__schema");
        int end = introspection.indexOf("\n}", open);
        String schema = introspection.substring(open, end);
        StringBuilder document = new StringBuilder("query IntrospectionQuery {");
        for (int i = 0; i < times; i++) {
            document.append(" s").append(i).append(": ").append(schema);
        }
        return document.append("\n}").append(introspection.substring(end + 2)).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void isRefusedBeforeAnythingRunsInBoundedTime(String why, String document, String message) throws Exception {
        ExecutorService others = Executors.newSingleThreadExecutor();
        AtomicBoolean done = new AtomicBoolean();
        try {
            Future<Integer> answeredMeanwhile = others.submit(() -> {
                int answered = 0;
                while (!done.get() || answered == 0) {
                    assertEquals(4, GraphQL.data("{ countries { code } }").getList("countries").size());
                    answered++;
                }
                return answered;
            });
            long start = System.nanoTime();
            JsonPath response = GraphQL.query(document);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            done.set(true);

            assertNull(response.get("data"), "nothing ran");
            List<String> codes = response.getList("errors.extensions.code");
            assertTrue(codes.contains("LIMIT_EXCEEDED"), response.prettify());
            List<String> messages = response.getList("errors.message");
            assertTrue(messages.stream().anyMatch(m -> m.contains(message)), () -> "'" + message + "' in " + messages);
            assertTrue(took.compareTo(REFUSED_WITHIN) < 0, why + " took " + took);
            assertTrue(answeredMeanwhile.get() > 0, "ordinary queries were answered meanwhile");
        } finally {
            done.set(true);
            others.shutdown();
        }
    }

    @Test
    void theIntrospectionToolsSendIsAnswered() {
        List<IntrospectionQueryBuilder.Options> variants = new ArrayList<>();
        IntrospectionQueryBuilder.Options all = IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true).specifiedByUrl(true).isOneOf(true).directiveIsRepeatable(true)
                .schemaDescription(true).inputValueDeprecation(true);
        variants.add(IntrospectionQueryBuilder.Options.defaultOptions());
        variants.add(all);
        variants.add(all.typeRefFragmentDepth(10));
        variants.add(IntrospectionQueryBuilder.Options.defaultOptions().descriptions(false));
        for (IntrospectionQueryBuilder.Options options : variants) {
            JsonPath response = GraphQL.query(IntrospectionQueryBuilder.build(options));
            assertNull(response.get("errors"), () -> response.prettify());
            assertEquals("Query", response.getString("data.__schema.queryType.name"));
            List<String> types = response.getList("data.__schema.types.name");
            assertTrue(types.containsAll(List.of("Meeting", "Official", "Tariff", "Statement", "Source", "Country")), types::toString);
        }
    }

    @Test
    void smallIntrospectionQueriesAreAnswered() {
        // graphql-java's "good faith" check refused this one: __Type.fields twice, side by side.
        JsonPath both = GraphQL.data("{ __schema { mutationType { fields { name } } subscriptionType { fields { name } } } }");
        assertTrue(both.getList("__schema.mutationType.fields.name").contains("createMeeting"));
        assertTrue(both.getList("__schema.subscriptionType.fields.name").contains("meetingChanged"));
        assertEquals("MeetingStatus", GraphQL.data("{ __type(name: \"MeetingStatus\") { name enumValues { name } } }")
                .getString("__type.name"));
    }
}
