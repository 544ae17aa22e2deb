package org.tradetalks.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Editors add, correct and remove meetings and link their countries, participants and sources. */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class MeetingMutationsTest {

    private static final String FIELDS = """
            id title kind status location outcome note topics version
            startDate { date text precision } endDate { text precision }
            countries { code } participants { id } sources { id }""";
    private static final String CREATE = "mutation($input: MeetingInput!, $sources: [ID!]!) { "
            + "createMeeting(input: $input, sourceIds: $sources) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: MeetingInput!) { "
            + "updateMeeting(id: $id, version: $version, input: $input) { " + FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteMeeting(id: $id, version: $version) }";
    private static final String READ = "query($id: ID!) { meeting(id: $id) { " + FIELDS + " } }";
    private static final String ADD_PARTICIPANT = "mutation($m: ID!, $o: ID!) { addMeetingParticipant(meetingId: $m, officialId: $o) { participants { id } } }";
    private static final String REMOVE_PARTICIPANT = "mutation($m: ID!, $o: ID!) { removeMeetingParticipant(meetingId: $m, officialId: $o) { participants { id } } }";
    private static final String ADD_COUNTRY = "mutation($m: ID!, $c: CountryCode!) { addMeetingCountry(meetingId: $m, country: $c) { countries { code } } }";
    private static final String REMOVE_COUNTRY = "mutation($m: ID!, $c: CountryCode!) { removeMeetingCountry(meetingId: $m, country: $c) { countries { code } } }";
    private static final String ADD_SOURCE = "mutation($m: ID!, $s: ID!) { addMeetingSource(meetingId: $m, sourceId: $s) { sources { id } } }";
    private static final String REMOVE_SOURCE = "mutation($m: ID!, $s: ID!) { removeMeetingSource(meetingId: $m, sourceId: $s) { sources { id } } }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());
    private String article1;
    private String article2;

    @BeforeEach
    void lookUpCuratedRecords() {
        article1 = Lookup.sourceId("001");
        article2 = Lookup.sourceId("002");
    }

    @Test
    void createsAMeetingWithItsDatesToTheirPrecision() {
        Map<String, Object> input = input("  Tokyo round  ");
        input.put("kind", "NEGOTIATIONS");
        input.put("status", "SCHEDULED");
        input.put("startDate", date("2031-04-16", "MONTH"));
        input.put("endDate", date("2031-05-20", "DAY"));
        input.put("location", "Tokyo");
        input.put("outcome", "Pending");
        input.put("topics", List.of(" steel ", "semiconductors"));
        Map<String, Object> meeting = editor.data(CREATE, vars("input", input, "sources", List.of(article1, article2)))
                .getMap("createMeeting");

        assertEquals("Tokyo round", meeting.get("title"));
        assertEquals("NEGOTIATIONS", meeting.get("kind"));
        assertEquals("SCHEDULED", meeting.get("status"));
        assertEquals(Map.of("date", "2031-04-01", "text", "2031-04", "precision", "MONTH"), meeting.get("startDate"),
                "a month-precise date is stored as the first of the month");
        assertEquals(Map.of("text", "2031-05-20", "precision", "DAY"), meeting.get("endDate"));
        assertEquals(List.of("semiconductors", "steel"), meeting.get("topics"));
        assertEquals(List.of(Map.of("id", article1), Map.of("id", article2)), meeting.get("sources"));
        assertEquals(List.of(), meeting.get("countries"));
        assertEquals(0, meeting.get("version"));
        assertEquals(meeting, read((String) meeting.get("id")));
        assertEquals(1, GraphQL.data("{ meetings(filter: {topic: \"semiconductors\", from: \"2031-01-01\"}) { totalCount } }")
                .getInt("meetings.totalCount"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "end before start     | title      | 2031-04-16 | 2031-04-15 | ''   | input.endDate (2031-04-15) is before input.startDate (2031-04-16)",
            "blank title          | '   '      | 2031-04-16 | ''         | ''   | input.title: must not be blank",
            "blank topic          | Some talks | 2031-04-16 | ''         | ' '  | input.topics[0]",
    })
    void refusesAnInvalidMeetingAndAddsNothing(String why, String title, String start, String end, String topic, String message) {
        int before = meetingCount();
        Map<String, Object> input = input(title);
        input.put("startDate", date(start, "DAY"));
        if (!end.isEmpty()) {
            input.put("endDate", date(end, "DAY"));
        }
        if (!topic.isEmpty()) {
            input.put("topics", List.of(topic));
        }
        assertRefused(editor.error(CREATE, vars("input", input, "sources", List.of(article1))), "BAD_USER_INPUT", message);
        assertEquals(before, meetingCount(), "no meeting was added");
    }

    @Test
    void refusesAMeetingWithoutAKnownSource() {
        int before = meetingCount();
        assertRefused(editor.error(CREATE, vars("input", input("Unsourced"), "sources", List.of())), "BAD_USER_INPUT",
                "sourceIds: every fact needs at least one source");
        assertRefused(editor.error(CREATE, vars("input", input("Unsourced"), "sources", List.of(article1, "424242"))),
                "BAD_USER_INPUT", "sourceIds[1]: no source with id '424242'");
        assertEquals(before, meetingCount());
    }

    @Test
    void refusesAnUnknownKind() {
        int before = meetingCount();
        Map<String, Object> input = input("Odd kind");
        input.put("kind", "PICNIC");
        assertRefused(editor.error(CREATE, vars("input", input, "sources", List.of(article1))), "BAD_USER_INPUT", "PICNIC");
        assertEquals(before, meetingCount());
    }

    @Test
    void updatesEveryFieldAndMovesTheVersionOn() {
        String id = create("Draft meeting");
        Map<String, Object> input = input("Held meeting");
        input.put("status", "HELD");
        input.put("startDate", date("2031-06-01", "YEAR"));
        input.put("note", "Year only.");
        Map<String, Object> meeting = editor.data(UPDATE, vars("id", id, "version", 0, "input", input)).getMap("updateMeeting");
        assertEquals("Held meeting", meeting.get("title"));
        assertEquals("HELD", meeting.get("status"));
        assertEquals(Map.of("date", "2031-01-01", "text", "2031", "precision", "YEAR"), meeting.get("startDate"));
        assertEquals("Year only.", meeting.get("note"));
        assertEquals(1, meeting.get("version"));
        assertEquals(meeting, read(id));
    }

    @Test
    void refusesAStaleUpdateAndKeepsTheStoredRow() {
        String id = create("Contested meeting");
        editor.data(UPDATE, vars("id", id, "version", 0, "input", input("Contested meeting, first edit")));
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 0, "input", input("Contested meeting, lost edit"))),
                "CONFLICT", "The meeting '" + id + "' is at version 1 but the request names version 0");
        assertEquals(stored, read(id));
    }

    @Test
    void refusesAnUpdateEndingBeforeItStartsWithoutHalfWritingIt() {
        String id = create("Kept meeting");
        Map<String, Object> stored = read(id);
        Map<String, Object> input = input("Changed title that must not stick");
        input.put("topics", List.of("must not stick"));
        input.put("startDate", date("2031-03-10", "DAY"));
        input.put("endDate", date("2031-03-01", "MONTH"));
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 0, "input", input)), "BAD_USER_INPUT",
                "input.endDate (2031-03) is before input.startDate (2031-03-10)");
        assertEquals(stored, read(id));
    }

    @Test
    void refusesChangesToAnUnknownMeeting() {
        assertRefused(editor.error(UPDATE, vars("id", "999999", "version", 0, "input", input("Ghost"))), "NOT_FOUND",
                "No meeting with id '999999'");
        assertRefused(editor.error(DELETE, vars("id", "999999", "version", 0)), "NOT_FOUND", "No meeting with id '999999'");
        assertRefused(editor.error(ADD_COUNTRY, vars("m", "999999", "c", "JP")), "NOT_FOUND", "No meeting with id '999999'");
    }

    @Test
    void linksAndUnlinksParticipants() {
        String id = create("Participants");
        String kantor = Lookup.officialId("Mickey Kantor");
        String tai = Lookup.officialId("Katherine Tai");
        editor.data(ADD_PARTICIPANT, vars("m", id, "o", kantor));
        assertEquals(List.of(tai, kantor), editor.data(ADD_PARTICIPANT, vars("m", id, "o", tai))
                .getList("addMeetingParticipant.participants.id"), "participants by name");
        assertEquals(List.of(id), GraphQL.data("query($o: ID, $from: DateBound) { meetings(filter: {participant: $o, from: $from}) "
                + "{ edges { node { id } } } }", vars("o", tai, "from", "2031-01-01")).getList("meetings.edges.node.id"));

        assertEquals(List.of(kantor), editor.data(REMOVE_PARTICIPANT, vars("m", id, "o", tai))
                .getList("removeMeetingParticipant.participants.id"));
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(REMOVE_PARTICIPANT, vars("m", id, "o", tai)), "BAD_USER_INPUT",
                "officialId: official '" + tai + "' is not a participant of this meeting");
        assertRefused(editor.error(ADD_PARTICIPANT, vars("m", id, "o", "999999")), "BAD_USER_INPUT",
                "officialId: no official with id '999999'");
        assertEquals(stored, read(id));
    }

    @Test
    void linksAndUnlinksCountries() {
        String id = create("Countries");
        editor.data(ADD_COUNTRY, vars("m", id, "c", "us"));
        assertEquals(List.of("JP", "US"), editor.data(ADD_COUNTRY, vars("m", id, "c", "JP")).getList("addMeetingCountry.countries.code"));
        assertEquals(List.of("JP"), editor.data(REMOVE_COUNTRY, vars("m", id, "c", "US")).getList("removeMeetingCountry.countries.code"));
        Map<String, Object> stored = read(id);

        assertRefused(editor.error(ADD_COUNTRY, vars("m", id, "c", "USA")), "BAD_USER_INPUT",
                "'USA' is not a country code");
        assertRefused(editor.error(ADD_COUNTRY, vars("m", id, "c", "ZZ")), "BAD_USER_INPUT", "country: no country with code 'ZZ'");
        assertRefused(editor.error(REMOVE_COUNTRY, vars("m", id, "c", "CN")), "BAD_USER_INPUT", "country: 'CN' did not take part in this meeting");
        assertEquals(stored, read(id));
    }

    @Test
    void linksAndUnlinksSourcesButNeverTheLastOne() {
        String id = create("Sources");
        assertEquals(List.of(article1, article2), editor.data(ADD_SOURCE, vars("m", id, "s", article2)).getList("addMeetingSource.sources.id"));
        assertEquals(List.of(article2), editor.data(REMOVE_SOURCE, vars("m", id, "s", article1)).getList("removeMeetingSource.sources.id"));
        Map<String, Object> stored = read(id);

        assertRefused(editor.error(REMOVE_SOURCE, vars("m", id, "s", article2)), "BAD_USER_INPUT",
                "sourceId: source '" + article2 + "' is the only source of this meeting; link another source first");
        assertRefused(editor.error(ADD_SOURCE, vars("m", id, "s", "999999")), "BAD_USER_INPUT", "sourceId: no source with id '999999'");
        assertEquals(stored, read(id));
    }

    @Test
    void deletesAMeetingKeepingItsStatementsAndUnlinkingItsTariffs() {
        String id = create("Doomed meeting");
        String statement = editor.data("mutation($m: ID!, $s: ID!) { createStatement(input: {text: \"We met.\", "
                + "speakerDescription: \"a delegate\", meetingId: $m, sourceId: $s, date: {date: \"2031-04-16\", precision: DAY}}) { id } }",
                vars("m", id, "s", article1)).getString("createStatement.id");
        String tariff = editor.data("mutation($s: ID!) { createTariff(input: {imposedBy: \"US\", product: \"doomed widgets\", "
                + "status: THREATENED}, sourceIds: [$s]) { id } }", vars("s", article1)).getString("createTariff.id");
        editor.data("mutation($t: ID!, $m: ID!) { addTariffMeeting(tariffId: $t, meetingId: $m) { id } }", vars("t", tariff, "m", id));

        assertEquals(id, editor.data(DELETE, vars("id", id, "version", 0)).getString("deleteMeeting"));
        assertRefused(GraphQL.error(READ, vars("id", id)), "NOT_FOUND", "No meeting with id '" + id + "'");
        JsonPath after = GraphQL.data("query($s: ID!, $t: ID!) { statement(id: $s) { quote meeting { id } } tariff(id: $t) { meetings { id } } }",
                vars("s", statement, "t", tariff));
        assertEquals("We met.", after.getString("statement.quote"), "the statement stays");
        assertNull(after.get("statement.meeting"), "no longer tied to the meeting");
        assertEquals(List.of(), after.getList("tariff.meetings"));
    }

    @Test
    void refusesAStaleDelete() {
        String id = create("Survivor");
        editor.data(UPDATE, vars("id", id, "version", 0, "input", input("Survivor, edited")));
        assertRefused(editor.error(DELETE, vars("id", id, "version", 0)), "CONFLICT", "is at version 1");
        assertEquals("Survivor, edited", read(id).get("title"));
    }

    private String create(String title) {
        return editor.data(CREATE, vars("input", input(title), "sources", List.of(article1))).getString("createMeeting.id");
    }

    private static Map<String, Object> input(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("kind", "TALKS");
        input.put("status", "PROPOSED");
        input.put("startDate", date("2031-04-16", "DAY"));
        return input;
    }

    private static Map<String, Object> date(String date, String precision) {
        return Map.of("date", date, "precision", precision);
    }

    private static Map<String, Object> read(String id) {
        return GraphQL.data(READ, vars("id", id)).getMap("meeting");
    }

    private static int meetingCount() {
        return GraphQL.data("{ meetings { totalCount } }").getInt("meetings.totalCount");
    }
}
