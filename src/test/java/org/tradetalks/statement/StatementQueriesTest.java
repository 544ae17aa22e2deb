package org.tradetalks.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One statement by id, the statements list under each filter field, and who said it, where and in which article. */
@QuarkusTest
class StatementQueriesTest {

    private static final String STATEMENTS = """
            query($filter: StatementFilter, $order: DateOrder) {
              statements(filter: $filter, orderBy: $order, first: 100) {
                totalCount
                edges { node { kind quote text speaker { name } speakerDescription date { date text } meeting { title } } }
              }
            }""";

    private static final String STATEMENT = """
            query($id: ID!) {
              statement(id: $id) {
                id quote context speakerDescription
                speaker { name country { code } }
                date { date precision text }
                meeting { title }
                source { reference publisher }
              }
            }""";

    private static final String BALL_IN_THEIR_COURT =
            "We are obviously hopeful that the talks will get back on track, but the ball’s in their court";

    @Test
    void statementByIdGivesQuoteSpeakerDateMeetingAndSource() {
        JsonPath data = statement("a thing in the past.");
        assertEquals("a thing in the past.", data.getString("statement.quote"));
        assertEquals("Mike Pence", data.getString("statement.speaker.name"));
        assertEquals("US", data.getString("statement.speaker.country.code"));
        assertNull(data.get("statement.speakerDescription"));
        assertEquals("2017-04-18", data.getString("statement.date.text"));
        assertEquals("DAY", data.getString("statement.date.precision"));
        assertEquals("Japan–U.S. Economic Dialogue, first round", data.getString("statement.meeting.title"));
        assertTrue(data.getString("statement.source.reference").startsWith("003_"));
    }

    @Test
    void anAnonymousStatementHasNoSpeakerButADescription() {
        JsonPath data = statement(BALL_IN_THEIR_COURT);
        assertNull(data.get("statement.speaker"));
        assertEquals("A senior Administration official", data.getString("statement.speakerDescription"));
        assertNull(data.get("statement.meeting"), "said to reporters, not at a meeting");
        assertEquals("1994-05", data.getString("statement.date.text"));
        assertTrue(data.getString("statement.source.reference").startsWith("000_"));
    }

    @Test
    void speakerFilterGivesAnOfficialsStatementsInDateOrder() {
        JsonPath data = statements(Map.of("speaker", Lookup.officialId("Donald Trump"), "kind", "QUOTE"), null);
        assertEquals(2, data.getInt("statements.totalCount"));
        assertEquals(List.of("2018-04-12", "2018-04-12"), data.getList("statements.edges.node.date.text"));
        assertEquals("substantially better", data.getString("statements.edges[0].node.quote"));
        assertTrue(data.getList("statements.edges.node.speaker.name").stream().allMatch("Donald Trump"::equals));
        JsonPath all = statements(Map.of("speaker", Lookup.officialId("Donald Trump")), null);
        assertEquals(8, all.getInt("statements.totalCount"), "2 quotes and 6 paraphrases");
        assertEquals(List.of("2016", "2017", "2017-04", "2018", "2018-04-12", "2018-04-12", "2018-04-12", "2018-04-12"),
                all.getList("statements.edges.node.date.text"));
    }

    @Test
    void orderByDateDescPutsTheLatestFirst() {
        JsonPath data = statements(Map.of("speaker", Lookup.officialId("Donald Trump")), "DATE_DESC");
        assertEquals(List.of("2018-04-12", "2018-04-12", "2018-04-12", "2018-04-12", "2018", "2017-04", "2017", "2016"),
                data.getList("statements.edges.node.date.text"));
        List<Object> ascending = new java.util.ArrayList<>(statements(Map.of("speaker", Lookup.officialId("Donald Trump")), null)
                .getList("statements.edges.node.text"));
        java.util.Collections.reverse(ascending);
        assertEquals(ascending, data.getList("statements.edges.node.text"), "DATE_DESC is DATE_ASC reversed, ties included");
    }

    @Test
    void speakerNameMatchesAnAliasOfTheSpeaker() {
        JsonPath raimundo = statements(Map.of("speakerName", "Raimundo"), null);
        assertEquals(List.of("The principle of continuing contact with Japan will not be shaken, and he is willing to "
                + "promote cooperative relations."), raimundo.getList("statements.edges.node.quote"));
        assertEquals(List.of("Gina Raimondo"), raimundo.getList("statements.edges.node.speaker.name"));
        JsonPath daiQi = statements(Map.of("speakerName", "dai qi", "kind", "QUOTE"), null);
        assertEquals(Set.of("sustainable", "inclusive"), Set.copyOf(daiQi.getList("statements.edges.node.quote")));
        assertEquals(2, daiQi.getInt("statements.totalCount"));
    }

    @Test
    void speakerNameMatchesTheNameIgnoringCaseAndAccents() {
        JsonPath aso = statements(Map.of("speakerName", "TARŌ ASŌ", "kind", "QUOTE"), null);
        assertEquals(Set.of("new page",
                "The economic relations between Japan and the United States started with frictions, but it is turning into cooperation now"),
                Set.copyOf(aso.getList("statements.edges.node.quote")));
    }

    @Test
    void speakerNameMatchesAnAnonymousSpeakersDescription() {
        JsonPath data = statements(Map.of("speakerName", "senior Administration official", "kind", "QUOTE"), null);
        assertEquals(2, data.getInt("statements.totalCount"));
        assertTrue(data.getList("statements.edges.node.quote").contains(BALL_IN_THEIR_COURT));
        assertEquals(Arrays.asList(null, null), data.getList("statements.edges.node.speaker"));
        JsonPath ustr = statements(Map.of("speakerName", "US Trade Representative's office", "kind", "QUOTE"), null);
        assertEquals(Set.of("frank discussions", "consultations",
                "Based on these discussions, both sides agreed to explore ways to fill the gap between their positions and "
                        + "to promote trade between the United States and Japan, and expand areas of cooperation based on "
                        + "common understanding"),
                Set.copyOf(ustr.getList("statements.edges.node.quote")));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "ball's in their court", "ball’s in their court", "BALL'S IN THEIR COURT", "the Ball's In" })
    void textFindsAPhraseInsideTheQuoteWhateverTheApostropheOrCase(String phrase) {
        JsonPath data = statements(Map.of("text", phrase), null);
        assertEquals(List.of(BALL_IN_THEIR_COURT), data.getList("statements.edges.node.quote"));
    }

    @Test
    void textMatchesOnlyQuotesContainingThePhrase() {
        JsonPath ross = statements(Map.of("text", "we're certainly eager"), null);
        assertEquals(List.of("Wilbur Ross"), ross.getList("statements.edges.node.speaker.name"));
        assertEquals(0, statements(Map.of("text", "currency manipulator"), null).getInt("statements.totalCount"),
                "words of the article outside any quotation");
        JsonPath free = statements(Map.of("text", "FREE", "kind", "QUOTE"), null);
        assertEquals(Set.of("We seek trade that is free. We seek trade that is fair"),
                Set.copyOf(free.getList("statements.edges.node.quote")));
    }

    @Test
    void fromAndToAreInclusive() {
        JsonPath thursday = statements(Map.of("from", "2018-04-12", "to", "2018-04-12", "kind", "QUOTE"), null);
        assertEquals(Set.of("substantially better", "who has hit us hard on trade for years!"),
                Set.copyOf(thursday.getList("statements.edges.node.quote")));
        JsonPath august = statements(Map.of("from", "2018-08-01", "to", "2018-08-10", "kind", "QUOTE"), null);
        assertEquals(7, august.getInt("statements.totalCount"), "the seven quotes of the Reuters article of August 2018");
        assertEquals(12, statements(Map.of("from", "2018-08", "to", "2018-08"), null).getInt("statements.totalCount"),
                "and its five paraphrases, with the month as the bounds");
        JsonPath beforeThe10th = statements(Map.of("from", "2018-08-01", "to", "2018-08-09", "kind", "QUOTE"), null);
        assertEquals(3, beforeThe10th.getInt("statements.totalCount"), "only the month-precision USTR quotes");
        assertTrue(beforeThe10th.getList("statements.edges.node.speaker").stream().allMatch(speaker -> speaker == null));
    }

    @Test
    void meetingFilterGivesTheStatementsMadeAtAMeeting() {
        JsonPath data = statements(Map.of("meeting", Lookup.meetingId("Japan–U.S. Economic Dialogue, first round")), null);
        assertEquals(12, data.getInt("statements.totalCount"), "7 quotes and 5 paraphrases");
        assertTrue(data.getList("statements.edges.node.meeting.title").stream()
                .allMatch("Japan–U.S. Economic Dialogue, first round"::equals));
    }

    @Test
    void everyGivenFilterFieldMustMatch() {
        String firstRound = Lookup.meetingId("Japan–U.S. Economic Dialogue, first round");
        JsonPath aso = statements(Map.of("meeting", firstRound, "speakerName", "Aso", "kind", "QUOTE"), null);
        assertEquals(2, aso.getInt("statements.totalCount"));
        assertEquals(List.of("PARAPHRASE", "PARAPHRASE"), statements(Map.of("meeting", firstRound, "speakerName", "Aso",
                "kind", "PARAPHRASE"), null).getList("statements.edges.node.kind"));
        JsonPath pence = statements(Map.of("meeting", firstRound, "speaker", Lookup.officialId("Mike Pence"), "text", "fair"), null);
        assertEquals(List.of("We seek trade that is free. We seek trade that is fair"), pence.getList("statements.edges.node.quote"));
        assertEquals(0, statements(Map.of("speakerName", "Kantor", "from", "2000-01-01"), null).getInt("statements.totalCount"));
    }

    @Test
    void aParaphraseIsMarkedAndHasNoQuote() {
        JsonPath rubin = statements(Map.of("speakerName", "Rubin"), null);
        assertEquals(List.of("PARAPHRASE", "PARAPHRASE"), rubin.getList("statements.edges.node.kind"));
        assertEquals(Arrays.asList(null, null), rubin.getList("statements.edges.node.quote"));
        assertTrue(rubin.getList("statements.edges.node.text").contains(
                "there is absolutely no U.S. strategy of suppressing the dollar against the Japanese yen"));
        assertEquals(0, statements(Map.of("speakerName", "Rubin", "kind", "QUOTE"), null).getInt("statements.totalCount"));
    }

    private static JsonPath statement(String quote) {
        return GraphQL.data(STATEMENT, Map.of("id", Lookup.statementId(quote)));
    }

    private static JsonPath statements(Map<String, Object> filter, String order) {
        return GraphQL.data(STATEMENTS, Lookup.vars("filter", filter, "order", order));
    }
}
