package org.tradetalks.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;
import groovy.json.JsonOutput;
import io.restassured.path.json.JsonPath;

/** The dated story between countries: meetings they all took part in and events of tariffs between them. */
@QuarkusTest
class TimelineQueriesTest {

    /** The whole timeline in one page, its entries exposed as a plain list {@code timeline}. */
    private static final String TIMELINE = """
            query($countries: [CountryCode!]!, $from: DateBound, $to: DateBound) {
              page: timeline(countries: $countries, from: $from, to: $to, first: 100) {
                totalCount
                pageInfo { hasNextPage }
                edges { node {
                  kind summary
                  date { date precision text }
                  meeting { title countries { code } }
                  tariffEvent { status description tariff { product imposedBy { code } targets { code } } }
                } }
              }
            }""";

    private static final String PAGE = """
            query($countries: [CountryCode!]!, $kind: [TimelineEntryKind!], $only: Boolean, $order: DateOrder, $first: Int,
                  $after: String, $from: DateBound, $to: DateBound) {
              timeline(countries: $countries, kind: $kind, onlyCountries: $only, orderBy: $order, first: $first,
                       after: $after, from: $from, to: $to) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { kind summary date { text } } }
              }
            }""";

    @Test
    void usJapanTimelineIsInDateOrder() {
        JsonPath data = timeline(List.of("US", "JP"), null, null);
        List<String> dates = data.getList("timeline.date.date");
        assertTrue(dates.size() > 20, "a long shared history: " + dates.size());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates);
        assertEquals("1994", data.getString("timeline[0].date.text"), "a year sorts on its first day");
        assertEquals("2021-11-15", data.getString("timeline[-1].date.text"));
        assertEquals("TARIFF_EVENT", data.getString("timeline[-1].kind"), "on the same day, meetings first");
    }

    @Test
    void usJapanTimelineHoldsEveryMeetingBothTookPartIn() {
        JsonPath data = timeline(List.of("US", "JP"), null, null);
        List<Map<String, Object>> meetings = entries(data, "MEETING");
        assertEquals(21, meetings.size(), "as many as meetings(filter: {countries: [US, JP]}) has");
        List<List<String>> countries = data.getList("timeline.findAll { it.kind == 'MEETING' }.meeting.countries.code");
        countries.forEach(codes -> assertTrue(codes.containsAll(List.of("US", "JP")), "both took part: " + codes));
        List<String> titles = data.getList("timeline.meeting.title");
        assertTrue(titles.contains("Clinton–Hosokawa White House summit"));
        assertTrue(titles.contains("Motegi–Lighthizer trade talks in Washington"));
    }

    @Test
    void usJapanTimelineLeavesOutChinaJapanAndKoreaItems() {
        JsonPath data = timeline(List.of("US", "JP"), null, null);
        List<String> summaries = data.getList("timeline.summary");
        assertFalse(summaries.contains("China–Japan high-level economic dialogue"));
        assertFalse(summaries.contains("China–Japan–South Korea trilateral summit"));
        assertFalse(summaries.contains("U.S. review of the U.S.–South Korea free trade agreement"));
        List<List<String>> targets = data.getList("timeline.findAll { it.kind == 'TARIFF_EVENT' }.tariffEvent.tariff.targets.code");
        targets.forEach(codes -> assertEquals(List.of("JP"), codes, "only tariffs on Japan"));
    }

    @Test
    void usJapanTimelineHoldsTheEventsOfUsTariffsOnJapan() {
        JsonPath data = timeline(List.of("US", "JP"), null, null);
        List<Map<String, Object>> events = entries(data, "TARIFF_EVENT");
        assertEquals(5, events.size());
        assertEquals(List.of("steel", "aluminum", "automobiles (imported cars)", "steel", "aluminum").stream().sorted().toList(),
                data.<String>getList("timeline.findAll { it.kind == 'TARIFF_EVENT' }.tariffEvent.tariff.product").stream().sorted().toList());
        assertEquals(List.of("2018-03", "2018-03", "2018-08", "2021-11-15", "2021-11-15"),
                data.getList("timeline.findAll { it.kind == 'TARIFF_EVENT' }.date.text"));
        assertEquals(List.of("US", "US", "US", "US", "US"),
                data.getList("timeline.findAll { it.kind == 'TARIFF_EVENT' }.tariffEvent.tariff.imposedBy.code"));
    }

    @Test
    void eachEntryHasExactlyTheMeetingOrTheTariffEventItsKindSays() {
        List<Map<String, Object>> entries = timeline(List.of("US", "JP"), null, null).getList("timeline");
        for (Map<String, Object> entry : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> meeting = (Map<String, Object>) entry.get("meeting");
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) entry.get("tariffEvent");
            if ("MEETING".equals(entry.get("kind"))) {
                assertNotNull(meeting, "meeting of " + entry);
                assertNull(event, "tariffEvent of " + entry);
                assertEquals(meeting.get("title"), entry.get("summary"));
            } else {
                assertEquals("TARIFF_EVENT", entry.get("kind"));
                assertNull(meeting, "meeting of " + entry);
                assertNotNull(event, "tariffEvent of " + entry);
                assertEquals(event.get("description"), entry.get("summary"));
            }
        }
    }

    @Test
    void fromAndToNarrowTheTimelineInclusively() {
        JsonPath data = timeline(List.of("US", "JP"), "2018-01-01", "2018-12-31");
        assertEquals(List.of("2018", "2018-03", "2018-03", "2018-04-17", "2018-08", "2018-08-09", "2018-09"),
                data.getList("timeline.date.text"));
        assertEquals(List.of("MEETING", "TARIFF_EVENT", "TARIFF_EVENT", "MEETING", "TARIFF_EVENT", "MEETING", "MEETING"),
                data.getList("timeline.kind"));
        assertEquals("Abe–Trump summit at Mar-a-Lago", data.getString("timeline[3].summary"));
        assertEquals("THREATENED", data.getString("timeline[4].tariffEvent.status"));

        JsonPath oneDay = timeline(List.of("US", "JP"), "2021-11-15", "2021-11-15");
        assertEquals(List.of("MEETING", "TARIFF_EVENT", "TARIFF_EVENT"), oneDay.getList("timeline.kind"));
        assertEquals("Raimondo–Hagiuda talks in Tokyo", oneDay.getString("timeline[0].summary"));
        assertEquals(List.of("UNDER_NEGOTIATION", "UNDER_NEGOTIATION"),
                oneDay.getList("timeline.findAll { it.kind == 'TARIFF_EVENT' }.tariffEvent.status"));
    }

    @Test
    void fromAloneOrToAloneCutsOneEnd() {
        JsonPath since = timeline(List.of("US", "JP"), "2021-11-15", null);
        assertEquals(List.of("2021-11-15", "2021-11-15", "2021-11-15"), since.getList("timeline.date.text"));
        JsonPath until = timeline(List.of("US", "JP"), null, "1994-12-31");
        assertEquals(5, until.getList("timeline").size());
        assertTrue(until.<String>getList("timeline.date.date").stream().allMatch(date -> date.startsWith("1994")));
    }

    @Test
    void chinaJapanTimelineHasTheirTwoMeetingsAndNoTariffs() {
        JsonPath data = timeline(List.of("CN", "JP"), null, null);
        assertEquals(List.of("China–Japan high-level economic dialogue", "China–Japan–South Korea trilateral summit"),
                data.getList("timeline.summary"));
        assertEquals(List.of("MEETING", "MEETING"), data.getList("timeline.kind"));
        assertEquals(List.of("2018-04-16", "2018-05"), data.getList("timeline.date.text"));
    }

    @Test
    void usChinaTimelineHasOnlyTheTariffsOnChina() {
        JsonPath data = timeline(List.of("US", "CN"), null, null);
        assertEquals(List.of("TARIFF_EVENT", "TARIFF_EVENT"), data.getList("timeline.kind"));
        assertEquals(List.of(List.of("CN"), List.of("CN")), data.getList("timeline.tariffEvent.tariff.targets.code"));
        assertEquals(List.of("IN_FORCE", "IN_FORCE"), data.getList("timeline.tariffEvent.status"));
    }

    @Test
    void countryOrderAndCaseDoNotMatter() {
        List<Object> usJp = timeline(List.of("US", "JP"), null, null).getList("timeline.summary");
        List<Object> jpUs = timeline(List.of("jp", "us"), null, null).getList("timeline.summary");
        assertEquals(usJp.size(), jpUs.size());
        assertEquals(usJp.stream().map(String::valueOf).sorted().toList(), jpUs.stream().map(String::valueOf).sorted().toList());
    }

    @Test
    void timelineMeetingsAgreeWithTheMeetingsFilter() {
        List<String> fromMeetings = GraphQL.data("""
                { meetings(filter: {countries: ["US", "JP"]}, first: 100) { edges { node { title } } } }""")
                .getList("meetings.edges.node.title");
        List<String> fromTimeline = timeline(List.of("US", "JP"), null, null)
                .getList("timeline.findAll { it.kind == 'MEETING' }.meeting.title");
        assertEquals(fromMeetings.stream().sorted().toList(), fromTimeline.stream().sorted().toList());
    }

    @Test
    void partialDatesAreBoundsTheWayTheDataIsDated() {
        JsonPath year2021 = timeline(List.of("US", "JP"), "2021", "2021");
        assertEquals(List.of("2021", "2021-10-27", "2021-11", "2021-11", "2021-11", "2021-11-12", "2021-11-15", "2021-11-15",
                "2021-11-15"), year2021.getList("timeline.date.text"), "from the first to the last day of 2021");
        JsonPath november = timeline(List.of("US", "JP"), "2021-11", "2021-11");
        assertFalse(november.getList("timeline.date.text").contains("2021"),
                "a fact dated only to the year sorts on 1 January, before a month bound");
        assertEquals(7, november.getList("timeline").size());
        assertEquals(timeline(List.of("US", "JP"), "2021-11-01", "2021-11-30").getList("timeline"), november.getList("timeline"),
                "a month bound is its first day as `from` and its last as `to`");
    }

    @Test
    void kindNarrowsTheTimelineToMeetingsOrTariffEvents() {
        JsonPath events = page(Lookup.vars("countries", List.of("US", "JP"), "kind", List.of("TARIFF_EVENT"), "first", 100));
        assertEquals(5, events.getInt("timeline.totalCount"));
        assertEquals(Set.of("TARIFF_EVENT"), Set.copyOf(events.getList("timeline.edges.node.kind")));
        JsonPath meetings = page(Lookup.vars("countries", List.of("US", "JP"), "kind", List.of("MEETING"), "first", 100));
        assertEquals(21, meetings.getInt("timeline.totalCount"));
        assertEquals(26, page(Lookup.vars("countries", List.of("US", "JP"), "kind", List.of("MEETING", "TARIFF_EVENT")))
                .getInt("timeline.totalCount"));
    }

    @Test
    void onlyCountriesLeavesOutMeetingsWithOtherCountries() {
        assertEquals(List.of("China–Japan high-level economic dialogue"),
                page(Lookup.vars("countries", List.of("CN", "JP"), "only", true)).getList("timeline.edges.node.summary"));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsInBothDirections() {
        for (String order : List.of("DATE_ASC", "DATE_DESC")) {
            List<String> whole = page(Lookup.vars("countries", List.of("US", "JP"), "order", order, "first", 100))
                    .getList("timeline.edges.node.summary");
            List<String> paged = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                JsonPath data = page(Lookup.vars("countries", List.of("US", "JP"), "order", order, "first", 4, "after", after));
                assertEquals(26, data.getInt("timeline.totalCount"));
                assertEquals(after != null, data.getBoolean("timeline.pageInfo.hasPreviousPage"));
                paged.addAll(data.getList("timeline.edges.node.summary"));
                after = data.getBoolean("timeline.pageInfo.hasNextPage") ? data.getString("timeline.pageInfo.endCursor") : null;
                pages++;
            } while (after != null);
            assertEquals(7, pages, order);
            assertEquals(whole, paged, order + ": the pages put together are the whole timeline");
        }
        List<String> ascending = new ArrayList<>(page(Lookup.vars("countries", List.of("US", "JP"), "first", 100))
                .getList("timeline.edges.node.summary"));
        java.util.Collections.reverse(ascending);
        assertEquals(ascending, page(Lookup.vars("countries", List.of("US", "JP"), "order", "DATE_DESC", "first", 100))
                .getList("timeline.edges.node.summary"), "DATE_DESC is DATE_ASC reversed");
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String meetingsCursor = GraphQL.data("{ meetings(first: 1) { pageInfo { endCursor } } }").getString("meetings.pageInfo.endCursor");
        JsonPath error = GraphQL.error(PAGE, Lookup.vars("countries", List.of("US", "JP"), "after", meetingsCursor));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("for timeline"), error.getString("message"));
    }

    private static List<Map<String, Object>> entries(JsonPath data, String kind) {
        List<Map<String, Object>> entries = data.getList("timeline");
        return entries.stream().filter(entry -> kind.equals(entry.get("kind"))).toList();
    }

    /** The timeline's entries as {@code timeline} (a list of nodes), as the query had it before it became paged. */
    private static JsonPath timeline(List<String> countries, String from, String to) {
        JsonPath data = GraphQL.data(TIMELINE, Lookup.vars("countries", countries, "from", from, "to", to));
        assertFalse(data.getBoolean("page.pageInfo.hasNextPage"), "one page holds it all");
        assertEquals(data.getInt("page.totalCount"), data.getList("page.edges").size());
        return JsonPath.from(JsonOutput.toJson(Map.of("timeline", data.getList("page.edges.node"))));
    }

    private static JsonPath page(Map<String, Object> variables) {
        return GraphQL.data(PAGE, variables);
    }
}
