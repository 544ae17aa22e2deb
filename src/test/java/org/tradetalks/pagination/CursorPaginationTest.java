package org.tradetalks.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relay cursor pagination: first/after, page boundaries, empty pages, the last page, ordering. */
@QuarkusTest
class CursorPaginationTest {

    private static final String MEETINGS_PAGE = """
            query($first: Int, $after: String, $order: DateOrder) {
              meetings(first: $first, after: $after, orderBy: $order) {
                totalCount
                edges { cursor node { id startDate { date } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = { 1, 2, 3, 7, 100 })
    void followingEndCursorVisitsEveryMeetingOnceInDateOrder(int pageSize) {
        List<String> dates = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String after = null;
        int total = -1;
        int pages = 0;
        while (true) {
            JsonPath page = meetingsPage(pageSize, after, "DATE_ASC");
            total = page.getInt("meetings.totalCount");
            List<String> pageIds = page.getList("meetings.edges.node.id");
            assertTrue(pageIds.size() <= pageSize);
            pageIds.forEach(id -> assertTrue(ids.add(id), "meeting " + id + " seen twice"));
            dates.addAll(page.getList("meetings.edges.node.startDate.date"));
            assertEquals(after != null, page.getBoolean("meetings.pageInfo.hasPreviousPage"));
            pages++;
            if (!page.getBoolean("meetings.pageInfo.hasNextPage")) {
                assertEquals(pageIds.isEmpty() ? null : page.getString("meetings.edges[-1].cursor"),
                        page.getString("meetings.pageInfo.endCursor"));
                break;
            }
            assertEquals(pageSize, pageIds.size(), "only the last page may be short");
            after = page.getString("meetings.pageInfo.endCursor");
        }
        assertTrue(total >= 15, "the curated data has many meetings, got " + total);
        assertEquals(total, ids.size(), "every meeting visited");
        assertEquals((total + pageSize - 1) / pageSize, pages);
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "meetings come in date order");
    }

    @Test
    void descendingOrderIsTheReverseOfAscending() {
        List<String> ascending = meetingsPage(100, null, "DATE_ASC").getList("meetings.edges.node.startDate.date");
        List<String> descending = meetingsPage(100, null, "DATE_DESC").getList("meetings.edges.node.startDate.date");
        List<String> reversed = new ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);
        String secondPageFirst = meetingsPage(1, meetingsPage(1, null, "DATE_DESC").getString("meetings.pageInfo.endCursor"),
                "DATE_DESC").getString("meetings.edges[0].node.startDate.date");
        assertEquals(descending.get(1), secondPageFirst, "cursors work in descending order too");
    }

    @Test
    void firstZeroGivesAnEmptyPageWithTheTotal() {
        JsonPath page = meetingsPage(0, null, "DATE_ASC");
        assertTrue(page.getList("meetings.edges").isEmpty());
        assertTrue(page.getInt("meetings.totalCount") > 0);
        assertTrue(page.getBoolean("meetings.pageInfo.hasNextPage"));
        assertNull(page.get("meetings.pageInfo.endCursor"));
    }

    @Test
    void afterTheLastCursorComesAnEmptyLastPage() {
        JsonPath all = meetingsPage(100, null, "DATE_ASC");
        String lastCursor = all.getString("meetings.edges[-1].cursor");
        JsonPath beyond = meetingsPage(10, lastCursor, "DATE_ASC");
        assertTrue(beyond.getList("meetings.edges").isEmpty());
        assertFalse(beyond.getBoolean("meetings.pageInfo.hasNextPage"));
        assertTrue(beyond.getBoolean("meetings.pageInfo.hasPreviousPage"));
        assertEquals(all.getInt("meetings.totalCount"), beyond.getInt("meetings.totalCount"),
                "totalCount counts the whole filtered list, not the page");
    }

    @Test
    void aPageSizeOfExactlyTheMaximumIsAccepted() {
        assertTrue(GraphQL.data("{ tariffs(first: 100) { totalCount } }").getInt("tariffs.totalCount") > 0);
    }

    @Test
    void officialsAreOrderedByNameAcrossPages() {
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.data("query($after: String) { officials(first: 4, after: $after) { "
                    + "edges { node { name } } pageInfo { hasNextPage endCursor } } }", variables);
            names.addAll(page.getList("officials.edges.node.name"));
            after = page.getBoolean("officials.pageInfo.hasNextPage") ? page.getString("officials.pageInfo.endCursor") : null;
        } while (after != null);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertEquals(GraphQL.data("{ officials(first: 0) { totalCount } }").getInt("officials.totalCount"), names.size());
    }

    @Test
    void tariffPagesFollowedToTheEndMatchTheTotal() {
        JsonPath first = GraphQL.data("{ tariffs(first: 2) { totalCount edges { node { id } } pageInfo { endCursor } } }");
        JsonPath rest = GraphQL.data("query($after: String) { tariffs(first: 100, after: $after) { edges { node { id } } "
                + "pageInfo { hasNextPage } } }", Map.of("after", first.getString("tariffs.pageInfo.endCursor")));
        assertEquals(first.getInt("tariffs.totalCount"),
                first.getList("tariffs.edges").size() + rest.getList("tariffs.edges").size());
        assertFalse(rest.getBoolean("tariffs.pageInfo.hasNextPage"));
    }

    private static JsonPath meetingsPage(int first, String after, String order) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("order", order);
        return GraphQL.data(MEETINGS_PAGE, variables);
    }
}
