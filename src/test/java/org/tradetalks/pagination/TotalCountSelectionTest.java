package org.tradetalks.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A list's {@code totalCount} is counted whenever the client selects it, however it is written (an alias, a fragment,
 * an inline fragment, a directive), and only then: a page without it costs one SQL statement less.
 */
@QuarkusTest
class TotalCountSelectionTest {

    @Inject
    SessionFactory sessionFactory;

    private int documents;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "meetings(first: 1)|MeetingConnection", "officials(first: 1)|OfficialConnection",
            "statements(first: 1)|StatementConnection", "tariffs(first: 1)|TariffConnection",
            "timeline(countries: [\"US\", \"JP\"], first: 1)|TimelineConnection" })
    void theCountIsTheSameHoweverItIsSelected(String list, String connection) {
        String name = list.substring(0, list.indexOf('('));
        Counted plain = run("{ " + list + " { totalCount } }", Map.of());
        int total = plain.data.getInt(name + ".totalCount");
        assertTrue(total > 1, name + " has more than one entry: " + total);

        assertEquals(total, run("{ " + list + " { all: totalCount } }", Map.of()).data.getInt(name + ".all"));
        assertEquals(total, run("{ " + list + " { ...Counted } } fragment Counted on " + connection
                + " { totalCount }", Map.of()).data.getInt(name + ".totalCount"));
        assertEquals(total, run("{ " + list + " { ... on " + connection + " { totalCount } } }", Map.of())
                .data.getInt(name + ".totalCount"));
        assertEquals(total, run("query($counted: Boolean!) { " + list + " { totalCount @include(if: $counted) } }",
                Map.of("counted", true)).data.getInt(name + ".totalCount"));

        Counted skipped = run("query($counted: Boolean!) { " + list + " { totalCount @include(if: $counted) "
                + "pageInfo { hasNextPage } } }", Map.of("counted", false));
        assertFalse(skipped.data.getMap(name).containsKey("totalCount"), "no totalCount in the answer");
        Counted withCount = run("query($counted: Boolean!) { " + list + " { totalCount @include(if: $counted) "
                + "pageInfo { hasNextPage } } }", Map.of("counted", true));
        assertTrue(skipped.statements < withCount.statements, "the count is not queried when it is not selected: "
                + skipped.statements + " statements without it, " + withCount.statements + " with it");
    }

    private record Counted(JsonPath data, long statements) {
    }

    /** Each document is made distinct (a named operation), so that no answer comes from the response cache. */
    private Counted run(String query, Map<String, Object> variables) {
        String named = query.startsWith("{") ? "query Counted" + (++documents) + " " + query
                : query.replaceFirst("^query", "query Counted" + (++documents));
        sessionFactory.getStatistics().clear();
        JsonPath data = GraphQL.data(named, variables);
        return new Counted(data, sessionFactory.getStatistics().getPrepareStatementCount());
    }
}
