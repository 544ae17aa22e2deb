package org.tradetalks.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The dated story between countries: meetings they all took part in and events of tariffs between them. */
@QuarkusTest
class TimelineQueriesTest {

    private static final String TIMELINE = """
            query($countries: [String!]!, $from: Date, $to: Date) {
              timeline(countries: $countries, from: $from, to: $to) {
                kind summary
                date { date precision text }
                meeting { title countries { code } }
                tariffEvent { status description tariff { product imposedBy { code } targets { code } } }
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
        assertEquals("1994", data.getString("timeline[0].date.text"));
        assertEquals("2021-11-17", data.getString("timeline[-1].date.text"));
    }

    @Test
    void usJapanTimelineHoldsEveryMeetingBothTookPartIn() {
        JsonPath data = timeline(List.of("US", "JP"), null, null);
        List<Map<String, Object>> meetings = entries(data, "MEETING");
        assertEquals(22, meetings.size(), "as many as meetings(filter: {countries: [US, JP]}) has");
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
        assertEquals(List.of("2021-11-15", "2021-11-15", "2021-11-15", "2021-11-17"), since.getList("timeline.date.text"));
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

    private static List<Map<String, Object>> entries(JsonPath data, String kind) {
        List<Map<String, Object>> entries = data.getList("timeline");
        return entries.stream().filter(entry -> kind.equals(entry.get("kind"))).toList();
    }

    private static JsonPath timeline(List<String> countries, String from, String to) {
        return GraphQL.data(TIMELINE, Lookup.vars("countries", countries, "from", from, "to", to));
    }
}
