package org.tradetalks.statement;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Editors record quotes word for word, with a named or described speaker; empty or unattributed quotes are refused. */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class StatementMutationsTest {

    private static final String FIELDS = """
            id kind text quote speakerDescription context version date { text precision }
            speaker { id } meeting { id } source { id }""";
    private static final String CREATE = "mutation($input: StatementInput!) { createStatement(input: $input) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: StatementInput!) { "
            + "updateStatement(id: $id, version: $version, input: $input) { " + FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteStatement(id: $id, version: $version) }";
    private static final String READ = "query($id: ID!) { statement(id: $id) { " + FIELDS + " } }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());
    private String article2;
    private String tai;

    @BeforeEach
    void lookUpCuratedRecords() {
        article2 = Lookup.sourceId("002");
        tai = Lookup.officialId("Katherine Tai");
    }

    @Test
    void recordsAQuoteExactlyAsPrintedWithItsSpeakerAndMeeting() {
        String quote = "  “The ball’s in their court,” she said —\nand \"we\u00A0will see\".  ";
        String meeting = Lookup.meetingId(GraphQL.data("{ meetings(first: 1) { edges { node { title } } } }")
                .getString("meetings.edges[0].node.title"));
        Map<String, Object> input = input(quote);
        input.put("speakerId", tai);
        input.put("meetingId", meeting);
        input.put("context", "Press conference.");
        Map<String, Object> statement = editor.data(CREATE, vars("input", input)).getMap("createStatement");

        assertEquals(quote, statement.get("quote"), "stored unchanged, spaces and quotation marks included");
        assertEquals(Map.of("id", tai), statement.get("speaker"));
        assertEquals(Map.of("id", meeting), statement.get("meeting"));
        assertEquals(Map.of("id", article2), statement.get("source"));
        assertNull(statement.get("speakerDescription"));
        assertEquals(Map.of("text", "2031-09-09", "precision", "DAY"), statement.get("date"));
        assertEquals(0, statement.get("version"));
        assertEquals(statement, read((String) statement.get("id")));
        assertEquals(List.of(statement.get("id")), GraphQL.data("{ statements(filter: {text: \"THEIR COURT,\\\" SHE SAID\"}) { edges { node { id } } } }")
                .getList("statements.edges.node.id"), "found by a phrase inside it, whatever the style of its quotation marks");
    }

    @Test
    void recordsReportedSpeechAsAParaphraseThatIsNeverAQuote() {
        Map<String, Object> input = input("the talks would resume in the spring");
        input.put("speakerId", tai);
        input.put("kind", "PARAPHRASE");
        Map<String, Object> statement = editor.data(CREATE, vars("input", input)).getMap("createStatement");
        assertEquals("PARAPHRASE", statement.get("kind"));
        assertEquals("the talks would resume in the spring", statement.get("text"));
        assertNull(statement.get("quote"), "a paraphrase has no quotation");
        assertEquals(statement, read((String) statement.get("id")));

        Map<String, Object> quotedInput = input("We will resume.");
        quotedInput.put("speakerId", tai);
        Map<String, Object> quoted = editor.data(CREATE, vars("input", quotedInput)).getMap("createStatement");
        assertEquals("QUOTE", quoted.get("kind"), "QUOTE unless said otherwise");
        assertEquals("We will resume.", quoted.get("quote"));
    }

    @Test
    void recordsAnAnonymousQuoteWithASpeakerDescription() {
        Map<String, Object> input = input("We are not there yet.");
        input.put("speakerDescription", "  a senior Administration official ");
        Map<String, Object> statement = editor.data(CREATE, vars("input", input)).getMap("createStatement");
        assertNull(statement.get("speaker"));
        assertEquals("a senior Administration official", statement.get("speakerDescription"));
        assertEquals(statement, read((String) statement.get("id")));
    }

    @ParameterizedTest(name = "quote ''{0}''")
    @ValueSource(strings = { "", " ", "   \t\n  " })
    void refusesAnEmptyOrWhitespaceQuote(String quote) {
        int before = statementCount();
        Map<String, Object> input = input(quote);
        input.put("speakerId", tai);
        assertRefused(editor.error(CREATE, vars("input", input)), "BAD_USER_INPUT", "input.text: must not be blank");
        assertEquals(before, statementCount(), "no statement was added");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "neither speaker nor description | ''     | NONE   | ''     | ''     | input.speakerId: a statement needs a speaker, or a speakerDescription",
            "blank description only          | ''     | '  '   | ''     | ''     | input.speakerId: a statement needs a speaker, or a speakerDescription",
            "unknown speaker                 | 999999 | NONE   | ''     | ''     | input.speakerId: no official with id '999999'",
            "malformed speaker               | tai    | NONE   | ''     | ''     | input.speakerId: 'tai' is not a valid id",
            "unknown meeting                 | ''     | a aide | 999999 | ''     | input.meetingId: no meeting with id '999999'",
            "unknown source                  | ''     | a aide | ''     | 999999 | input.sourceId: no source with id '999999'",
    })
    void refusesAQuoteWithoutAKnownSpeakerMeetingOrSource(String why, String speaker, String description, String meeting,
            String source, String message) {
        int before = statementCount();
        Map<String, Object> input = input("Attributed?");
        if (!speaker.isEmpty()) {
            input.put("speakerId", speaker);
        }
        if (!description.equals("NONE")) {
            input.put("speakerDescription", description);
        }
        if (!meeting.isEmpty()) {
            input.put("meetingId", meeting);
        }
        if (!source.isEmpty()) {
            input.put("sourceId", source);
        }
        assertRefused(editor.error(CREATE, vars("input", input)), "BAD_USER_INPUT", message);
        assertEquals(before, statementCount());
    }

    @Test
    void updatesAQuoteAndMovesTheVersionOn() {
        String id = create("First wording.");
        Map<String, Object> input = input("Corrected wording.");
        input.put("speakerDescription", "a spokesperson");
        input.put("date", Map.of("date", "2031-09-30", "precision", "MONTH"));
        Map<String, Object> statement = editor.data(UPDATE, vars("id", id, "version", 0, "input", input)).getMap("updateStatement");
        assertEquals("Corrected wording.", statement.get("quote"));
        assertNull(statement.get("speaker"), "the speaker given before was replaced by a description");
        assertEquals("a spokesperson", statement.get("speakerDescription"));
        assertEquals(Map.of("text", "2031-09", "precision", "MONTH"), statement.get("date"));
        assertEquals(1, statement.get("version"));
        assertEquals(statement, read(id));
    }

    @Test
    void refusesAStaleOrInvalidUpdateAndKeepsTheStoredRow() {
        String id = create("Kept wording.");
        Map<String, Object> edited = input("Kept wording, edited.");
        edited.put("speakerId", tai);
        editor.data(UPDATE, vars("id", id, "version", 0, "input", edited));
        Map<String, Object> stored = read(id);

        Map<String, Object> lost = input("Lost wording.");
        lost.put("speakerId", tai);
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 0, "input", lost)), "CONFLICT",
                "The statement '" + id + "' is at version 1 but the request names version 0");
        Map<String, Object> blank = input(" ");
        blank.put("speakerId", tai);
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 1, "input", blank)), "BAD_USER_INPUT", "input.text");
        Map<String, Object> anonymous = input("Unattributed wording.");
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 1, "input", anonymous)), "BAD_USER_INPUT",
                "input.speakerId: a statement needs a speaker");
        Map<String, Object> badMeeting = input("Wording at a ghost meeting.");
        badMeeting.put("speakerId", tai);
        badMeeting.put("meetingId", "999999");
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 1, "input", badMeeting)), "BAD_USER_INPUT",
                "input.meetingId: no meeting with id '999999'");
        assertEquals(stored, read(id));
        assertRefused(editor.error(UPDATE, vars("id", "999999", "version", 0, "input", edited)), "NOT_FOUND",
                "No statement with id '999999'");
    }

    @Test
    void deletesAQuoteButNotAtAStaleVersion() {
        String id = create("Short-lived words.");
        Map<String, Object> edited = input("Short-lived words, edited.");
        edited.put("speakerId", tai);
        editor.data(UPDATE, vars("id", id, "version", 0, "input", edited));
        assertRefused(editor.error(DELETE, vars("id", id, "version", 0)), "CONFLICT", "is at version 1");
        assertEquals("Short-lived words, edited.", read(id).get("quote"));

        assertEquals(id, editor.data(DELETE, vars("id", id, "version", 1)).getString("deleteStatement"));
        assertRefused(GraphQL.error(READ, vars("id", id)), "NOT_FOUND", "No statement with id '" + id + "'");
        assertEquals(false, GraphQL.data("query($o: ID!) { official(id: $o) { statements { id } } }", vars("o", tai))
                .getList("official.statements.id").contains(id));
    }

    private String create(String quote) {
        Map<String, Object> input = input(quote);
        input.put("speakerId", tai);
        return editor.data(CREATE, vars("input", input)).getString("createStatement.id");
    }

    private Map<String, Object> input(String quote) {
        Map<String, Object> input = new HashMap<>();
        input.put("text", quote);
        input.put("date", Map.of("date", "2031-09-09", "precision", "DAY"));
        input.put("sourceId", article2);
        return input;
    }

    private static Map<String, Object> read(String id) {
        return GraphQL.data(READ, vars("id", id)).getMap("statement");
    }

    private static int statementCount() {
        return GraphQL.data("{ statements { totalCount } }").getInt("statements.totalCount");
    }
}
