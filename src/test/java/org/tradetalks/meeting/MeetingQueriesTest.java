package org.tradetalks.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One meeting by id, the meetings list under every filter field, its order, and a meeting's nested data. */
@QuarkusTest
class MeetingQueriesTest {

    private static final String MEETINGS = """
            query($filter: MeetingFilter, $order: DateOrder) {
              meetings(filter: $filter, orderBy: $order, first: 100) {
                totalCount
                edges { node { title kind status startDate { date } countries { code } participants { name } topics } }
              }
            }""";

    private static final String MEETING = """
            query($id: ID!) {
              meeting(id: $id) {
                id title kind status location outcome note
                startDate { date precision text }
                endDate { date precision text }
                countries { code }
                participants { name }
                statements { quote date { date } }
                sources { reference }
                tariffs { product targets { code } }
                topics
              }
            }""";

    private static final String CHINA_JAPAN_DIALOGUE = "China–Japan high-level economic dialogue";
    private static final String TRILATERAL = "China–Japan–South Korea trilateral summit";
    private static final String MAR_A_LAGO = "Abe–Trump summit at Mar-a-Lago";

    @Test
    void meetingByIdGivesItsDetails() {
        JsonPath data = meeting("Motegi–Lighthizer trade talks in Washington");
        assertEquals("TALKS", data.getString("meeting.kind"));
        assertEquals("HELD", data.getString("meeting.status"));
        assertEquals("Washington", data.getString("meeting.location"));
        assertEquals("2018-08-09", data.getString("meeting.startDate.text"));
        assertEquals("2018-08-10", data.getString("meeting.endDate.text"));
        assertTrue(data.getString("meeting.outcome").contains("frank discussions"));
    }

    @Test
    void countriesFilterNeedsAllListedCountriesToHaveTakenPart() {
        assertEquals(List.of(CHINA_JAPAN_DIALOGUE, TRILATERAL), titles(Map.of("countries", List.of("CN", "JP"))));
        assertEquals(List.of(TRILATERAL), titles(Map.of("countries", List.of("CN", "JP", "KR"))));
        assertEquals(List.of("U.S. review of the U.S.–South Korea free trade agreement"),
                titles(Map.of("countries", List.of("US", "KR"))));
    }

    @Test
    void countriesFilterForTheUsAndJapanLeavesOutMeetingsWithoutBoth() {
        JsonPath data = meetings(Map.of("countries", List.of("jp", "us")), null);
        assertEquals(21, data.getInt("meetings.totalCount"));
        List<List<String>> countries = data.getList("meetings.edges.node.countries.code");
        countries.forEach(codes -> assertTrue(codes.containsAll(List.of("JP", "US")), "both took part: " + codes));
        List<String> titles = data.getList("meetings.edges.node.title");
        assertFalse(titles.contains(CHINA_JAPAN_DIALOGUE));
        assertFalse(titles.contains(TRILATERAL));
        assertTrue(titles.contains(MAR_A_LAGO));
    }

    @Test
    void participantFilterGivesTheMeetingsAnOfficialTookPartIn() {
        assertEquals(List.of(CHINA_JAPAN_DIALOGUE), titles(Map.of("participant", Lookup.officialId("Taro Kono"))));
        List<String> pence = titles(Map.of("participant", Lookup.officialId("Mike Pence")));
        assertEquals(3, pence.size());
        assertEquals(Set.of("Japan–U.S. Economic Dialogue (Aso–Pence)", "Japan–U.S. Economic Dialogue, next round in the U.S.",
                "Japan–U.S. Economic Dialogue, first round"), Set.copyOf(pence));
        assertEquals("Japan–U.S. Economic Dialogue, first round", pence.get(2), "18 Apr 2017 sorts after the year-only 2017");
    }

    @Test
    void fromAndToAreInclusiveAndCompareTheStartDate() {
        assertEquals(List.of(CHINA_JAPAN_DIALOGUE, MAR_A_LAGO), titles(Map.of("from", "2018-04-16", "to", "2018-04-17")));
        assertEquals(List.of(CHINA_JAPAN_DIALOGUE), titles(Map.of("from", "2018-04-16", "to", "2018-04-16")));
        // Mar-a-Lago ran 17–18 April: it started before the 18th, so a range from the 18th leaves it out
        List<String> fromThe18th = titles(Map.of("from", "2018-04-18", "to", "2018-05-31"));
        assertEquals(List.of(TRILATERAL), fromThe18th);
    }

    @Test
    void fromAloneAndToAloneBoundOneSide() {
        JsonPath from2021 = meetings(Map.of("from", "2021-11-15"), null);
        assertEquals(List.of("Raimondo–Hagiuda talks in Tokyo"), from2021.getList("meetings.edges.node.title"));
        JsonPath upTo1994 = meetings(Map.of("to", "1994-12-31"), null);
        assertEquals(5, upTo1994.getInt("meetings.totalCount"), "the five meetings of the 1994 article");
        upTo1994.<String>getList("meetings.edges.node.startDate.date").forEach(date -> assertTrue(date.startsWith("1994")));
    }

    @Test
    void statusFilterGivesOnlyMeetingsWithThatStatus() {
        JsonPath proposed = meetings(Map.of("status", "PROPOSED"), null);
        assertEquals(Set.of("Kakizawa visit to Washington to break the impasse",
                "Second-phase negotiations of the Japan–U.S. trade agreement",
                "New U.S.–Japan framework for trade talks (Motegi–Lighthizer)",
                "Possible U.S.–Japan bilateral free trade agreement negotiations",
                "U.S. review of the U.S.–South Korea free trade agreement"),
                Set.copyOf(proposed.getList("meetings.edges.node.title")));
        JsonPath held = meetings(Map.of("status", "HELD"), null);
        assertEquals(12, held.getInt("meetings.totalCount"));
        assertTrue(held.getList("meetings.edges.node.status").stream().allMatch("HELD"::equals));
        JsonPath cancelled = meetings(Map.of("status", "CANCELLED"), null);
        assertEquals(0, cancelled.getInt("meetings.totalCount"));
        assertEquals(List.of(), cancelled.getList("meetings.edges"));
    }

    @Test
    void kindFilterGivesOnlyMeetingsOfThatKind() {
        assertEquals(List.of("Kakizawa–Kantor telephone call"), titles(Map.of("kind", "PHONE_CALL")));
        assertEquals(List.of("Kakizawa visit to Washington to break the impasse"), titles(Map.of("kind", "VISIT")));
        assertEquals(Set.of(CHINA_JAPAN_DIALOGUE, "Japan–U.S. Economic Dialogue (Aso–Pence)",
                "Japan–U.S. Economic Dialogue, first round", "Japan–U.S. Economic Dialogue, next round in the U.S."),
                Set.copyOf(titles(Map.of("kind", "ECONOMIC_DIALOGUE"))));
    }

    @Test
    void topicFilterMatchesPartOfATopicIgnoringCaseAndAccents() {
        List<String> steel = List.of(CHINA_JAPAN_DIALOGUE, MAR_A_LAGO, TRILATERAL,
                "U.S.–Japan negotiations on steel and aluminum tariffs", "Raimondo–Hagiuda talks in Tokyo");
        assertEquals(steel, titles(Map.of("topic", "STEEL")));
        assertEquals(steel, titles(Map.of("topic", "stéel")));
        assertEquals(List.of(MAR_A_LAGO, "New U.S.–Japan framework for trade talks (Motegi–Lighthizer)",
                "Japan–U.S. Economic Dialogue, first round").stream().sorted().toList(),
                titles(Map.of("topic", "tpp")).stream().sorted().toList());
        // "energy" is a topic of the first dialogue round only, and in no title
        assertEquals(List.of("Japan–U.S. Economic Dialogue, first round"), titles(Map.of("topic", "energy")));
    }

    @Test
    void everyGivenFilterFieldMustMatch() {
        assertEquals(List.of("U.S.–Japan negotiations on steel and aluminum tariffs", "Raimondo–Hagiuda talks in Tokyo"),
                titles(Map.of("countries", List.of("US", "JP"), "topic", "steel", "status", "HELD")));
        assertEquals(List.of("New U.S.–Japan framework for trade talks (Motegi–Lighthizer)",
                "Motegi–Lighthizer trade talks in Washington", "Motegi–Lighthizer talks, next round"),
                titles(Map.of("kind", "TALKS", "from", "2018-01-01", "to", "2018-12-31")));
        assertEquals(List.of(CHINA_JAPAN_DIALOGUE),
                titles(Map.of("participant", Lookup.officialId("Wang Yi"), "countries", List.of("JP"), "kind", "ECONOMIC_DIALOGUE")));
        assertEquals(List.of(), titles(Map.of("participant", Lookup.officialId("Wang Yi"), "status", "HELD")));
    }

    @Test
    void orderByDateDescReversesAFilteredList() {
        JsonPath ascending = meetings(Map.of("topic", "steel"), "DATE_ASC");
        JsonPath descending = meetings(Map.of("topic", "steel"), "DATE_DESC");
        List<String> reversed = new ArrayList<>(ascending.getList("meetings.edges.node.title"));
        Collections.reverse(reversed);
        assertEquals(reversed, descending.getList("meetings.edges.node.title"));
        assertEquals("Raimondo–Hagiuda talks in Tokyo", descending.getString("meetings.edges[0].node.title"));
        assertEquals(ascending.getList("meetings.edges.node.title"), meetings(Map.of("topic", "steel"), null)
                .getList("meetings.edges.node.title"), "DATE_ASC is the default");
    }

    @Test
    void aMeetingListsItsCountriesParticipantsTopicsTariffsAndSources() {
        JsonPath data = meeting(TRILATERAL);
        assertEquals(List.of("CN", "JP", "KR"), data.getList("meeting.countries.code"));
        assertEquals(Set.of("Li Keqiang", "Shinzo Abe", "Moon Jae-in"), Set.copyOf(data.getList("meeting.participants.name")));
        assertEquals(List.of("steel and aluminum tariffs"), data.getList("meeting.topics"));
        assertEquals(List.of("steel", "steel"), data.getList("meeting.tariffs.product"));
        assertEquals(Set.of(List.of("CN"), List.of("JP")), Set.copyOf(data.getList("meeting.tariffs.targets.code")));
        assertEquals(List.of("002"), articleNumbers(data));
        assertEquals(List.of(), data.getList("meeting.statements"));
        assertEquals("Japan", data.getString("meeting.location"));
    }

    @Test
    void aMeetingListsTheStatementsMadeAtIt() {
        JsonPath data = meeting("Japan–U.S. Economic Dialogue, first round");
        List<String> quotes = data.<String>getList("meeting.statements.quote").stream().filter(quote -> quote != null).toList();
        assertEquals(7, quotes.size());
        assertEquals(12, data.getList("meeting.statements").size(), "7 quotes and 5 paraphrases");
        assertTrue(quotes.contains("a thing in the past."));
        assertTrue(quotes.contains("new page"));
        assertEquals(Set.of("Mike Pence", "Taro Aso"), Set.copyOf(data.getList("meeting.participants.name")));
        assertEquals("Prime Minister’s Office, Tokyo", data.getString("meeting.location"));
    }

    @Test
    void aMeetingReportedInSeveralArticlesListsThemAll() {
        assertEquals(List.of("002", "003", "004"), articleNumbers(meeting("Japan–U.S. Economic Dialogue (Aso–Pence)")));
    }

    @Test
    void startDateShowsOnlyThePrecisionTheSourceSupports() {
        JsonPath day = meeting(CHINA_JAPAN_DIALOGUE);
        assertEquals(Map.of("date", "2018-04-16", "precision", "DAY", "text", "2018-04-16"), day.getMap("meeting.startDate"));
        assertNull(day.get("meeting.endDate"), "a one-day meeting has no end date");
        JsonPath month = meeting(TRILATERAL);
        assertEquals(Map.of("date", "2018-05-01", "precision", "MONTH", "text", "2018-05"), month.getMap("meeting.startDate"));
        JsonPath year = meeting("Japan–U.S. Economic Dialogue (Aso–Pence)");
        assertEquals(Map.of("date", "2017-01-01", "precision", "YEAR", "text", "2017"), year.getMap("meeting.startDate"));
    }

    private static List<String> articleNumbers(JsonPath meeting) {
        return meeting.<String>getList("meeting.sources.reference").stream().map(ref -> ref.substring(0, 3)).sorted().toList();
    }

    private static JsonPath meeting(String title) {
        return GraphQL.data(MEETING, Map.of("id", Lookup.meetingId(title)));
    }

    private static JsonPath meetings(Map<String, Object> filter, String order) {
        return GraphQL.data(MEETINGS, Lookup.vars("filter", filter, "order", order));
    }

    private static List<String> titles(Map<String, Object> filter) {
        return meetings(filter, null).getList("meetings.edges.node.title");
    }
}
