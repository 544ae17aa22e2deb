package org.tradetalks.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.restassured.path.json.JsonPath;

/** Editors add, correct and remove tariffs and link their targets, meetings, sources and events. */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class TariffMutationsTest {

    private static final String FIELDS = """
            id product ratePercent rateOrigin legalBasis status note version imposedBy { code }
            announced { text precision } effective { text precision }
            targets { code } meetings { id } sources { id } events { id status description date { text } source { id } }""";
    private static final String CREATE = "mutation($input: TariffInput!, $sources: [ID!]!) { "
            + "createTariff(input: $input, sourceIds: $sources) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: TariffInput!) { "
            + "updateTariff(id: $id, version: $version, input: $input) { " + FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteTariff(id: $id, version: $version) }";
    private static final String READ = "query($id: ID!) { tariff(id: $id) { " + FIELDS + " } }";
    private static final String ADD_TARGET = "mutation($t: ID!, $c: CountryCode!) { addTariffTarget(tariffId: $t, country: $c) { targets { code } } }";
    private static final String REMOVE_TARGET = "mutation($t: ID!, $c: CountryCode!) { removeTariffTarget(tariffId: $t, country: $c) { targets { code } } }";
    private static final String ADD_MEETING = "mutation($t: ID!, $m: ID!) { addTariffMeeting(tariffId: $t, meetingId: $m) { meetings { id } } }";
    private static final String REMOVE_MEETING = "mutation($t: ID!, $m: ID!) { removeTariffMeeting(tariffId: $t, meetingId: $m) { meetings { id } } }";
    private static final String ADD_SOURCE = "mutation($t: ID!, $s: ID!) { addTariffSource(tariffId: $t, sourceId: $s) { sources { id } } }";
    private static final String REMOVE_SOURCE = "mutation($t: ID!, $s: ID!) { removeTariffSource(tariffId: $t, sourceId: $s) { sources { id } } }";
    private static final String ADD_EVENT = "mutation($t: ID!, $input: TariffEventInput!) { addTariffEvent(tariffId: $t, input: $input) { "
            + "id status description date { text } source { id } tariff { id status } } }";
    private static final String DELETE_EVENT = "mutation($id: ID!) { deleteTariffEvent(id: $id) }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());
    private String article3;
    private String article4;

    @BeforeEach
    void lookUpCuratedRecords() {
        article3 = Lookup.sourceId("003");
        article4 = Lookup.sourceId("004");
    }

    @Test
    void createsATariffWithItsRateAndDates() {
        Map<String, Object> input = input(" steel pipes ");
        input.put("imposedBy", "us");
        input.put("ratePercent", 25.5);
        input.put("rateOrigin", "SOURCE");
        input.put("legalBasis", "Section 232");
        input.put("status", "IN_FORCE");
        input.put("announced", date("2031-03-01", "DAY"));
        input.put("effective", date("2031-03-23", "DAY"));
        Map<String, Object> tariff = editor.data(CREATE, vars("input", input, "sources", List.of(article3, article4)))
                .getMap("createTariff");

        assertEquals("steel pipes", tariff.get("product"));
        assertEquals(Map.of("code", "US"), tariff.get("imposedBy"));
        assertEquals(25.5, ((Number) tariff.get("ratePercent")).doubleValue());
        assertEquals("SOURCE", tariff.get("rateOrigin"));
        assertEquals("Section 232", tariff.get("legalBasis"));
        assertEquals("IN_FORCE", tariff.get("status"));
        assertEquals(Map.of("text", "2031-03-23", "precision", "DAY"), tariff.get("effective"));
        assertEquals(List.of(Map.of("id", article3), Map.of("id", article4)), tariff.get("sources"));
        assertEquals(0, tariff.get("version"));
        assertEquals(tariff, read((String) tariff.get("id")));
    }

    @ParameterizedTest(name = "rate {0}")
    @ValueSource(strings = { "0", "0.125", "1000" })
    void acceptsRatesFromZeroToAThousandPercent(String rate) {
        Map<String, Object> input = input("rated goods " + rate);
        input.put("ratePercent", new java.math.BigDecimal(rate));
        input.put("rateOrigin", "PUBLIC_RECORD");
        String id = editor.data(CREATE, vars("input", input, "sources", List.of(article3))).getString("createTariff.id");
        assertEquals(0, new java.math.BigDecimal(rate).compareTo(
                new java.math.BigDecimal(String.valueOf(read(id).get("ratePercent")))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative rate          | -1      | SOURCE | US  | input.ratePercent: must be a percentage between 0 and 1000",
            "slightly negative rate | -0.001  | SOURCE | US  | input.ratePercent: must be a percentage between 0 and 1000",
            "absurd rate            | 1000.5  | SOURCE | US  | input.ratePercent: must be a percentage between 0 and 1000",
            "huge rate              | 1E+12   | SOURCE | US  | input.ratePercent: must be a percentage between 0 and 1000",
            "too many decimals      | 12.3456 | SOURCE | US  | input.ratePercent: must have at most 3 decimals",
            "rate without origin    | 25      | ''     | US  | input.rateOrigin: give ratePercent and rateOrigin together, or neither",
            "origin without rate    | ''      | SOURCE | US  | input.rateOrigin: give ratePercent and rateOrigin together, or neither",
            "three-letter imposer   | ''      | ''     | USA | value: 'USA' is not a country code: expected an ISO 3166-1 alpha-2 code",
            "unknown imposer        | ''      | ''     | XX  | input.imposedBy: no country with code 'XX'",
            "blank imposer          | ''      | ''     | ' ' | value: ' ' is not a country code",
    })
    void refusesAnInvalidTariffAndAddsNothing(String why, String rate, String origin, String imposedBy, String message) {
        int before = tariffCount();
        Map<String, Object> input = input("refused goods");
        input.put("imposedBy", imposedBy);
        if (!rate.isEmpty()) {
            input.put("ratePercent", new java.math.BigDecimal(rate));
        }
        if (!origin.isEmpty()) {
            input.put("rateOrigin", origin);
        }
        assertRefused(editor.error(CREATE, vars("input", input, "sources", List.of(article3))), "BAD_USER_INPUT", message);
        assertEquals(before, tariffCount(), "no tariff was added");
    }

    @Test
    void aRateStatedByAnArticleNamesItsFigure() {
        String figure = GraphQL.data("{ figures(filter: {text: \"tariffs of 25 percent\"}) { id } }").getString("figures[0].id");
        Map<String, Object> input = input("imported trucks");
        input.put("ratePercent", 25);
        input.put("rateOrigin", "SOURCE");
        input.put("rateFigureId", figure);
        String id = editor.data(CREATE, vars("input", input, "sources", List.of(article4))).getString("createTariff.id");
        JsonPath stored = GraphQL.data("query($id: ID!) { tariff(id: $id) { rateFigure { id } rateSource { id } } }", vars("id", id));
        assertEquals(figure, stored.getString("tariff.rateFigure.id"));
        assertEquals(article4, stored.getString("tariff.rateSource.id"), "the figure's article");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "another rate        | 10 | SOURCE        | tariffs of 25 percent | input.rateFigureId: figure '%s' states 25 PERCENT, not 10 PERCENT.",
            "not a percentage    | 60 | SOURCE        | $60-billion           | input.rateFigureId: figure '%s' states 60 USD_BILLION, not 60 PERCENT.",
            "public-record rate  | 25 | PUBLIC_RECORD | tariffs of 25 percent | input.rateFigureId: a rate figure needs rateOrigin SOURCE.",
    })
    void refusesARateFigureThatDoesNotStateTheRate(String why, int rate, String origin, String figureText, String message) {
        int before = tariffCount();
        String figure = GraphQL.data("query($t: String) { figures(filter: {text: $t}) { id } }", vars("t", figureText))
                .getString("figures[0].id");
        Map<String, Object> input = input("mismatched goods");
        input.put("ratePercent", rate);
        input.put("rateOrigin", origin);
        input.put("rateFigureId", figure);
        assertRefused(editor.error(CREATE, vars("input", input, "sources", List.of(article4))), "BAD_USER_INPUT",
                message.formatted(figure));
        input.put("rateFigureId", "999999");
        input.put("rateOrigin", "SOURCE");
        assertRefused(editor.error(CREATE, vars("input", input, "sources", List.of(article4))), "BAD_USER_INPUT",
                "input.rateFigureId: no figure with id '999999'");
        assertEquals(before, tariffCount(), "no tariff was added");
    }

    @Test
    void refusesATariffEffectiveBeforeItWasAnnouncedOrWithoutASource() {
        int before = tariffCount();
        Map<String, Object> input = input("backdated goods");
        input.put("announced", date("2031-03-01", "MONTH"));
        input.put("effective", date("2030-12-31", "DAY"));
        assertRefused(editor.error(CREATE, vars("input", input, "sources", List.of(article3))), "BAD_USER_INPUT",
                "input.effective (2030-12-31) is before input.announced (2031-03)");
        assertRefused(editor.error(CREATE, vars("input", input("unsourced goods"), "sources", List.of())), "BAD_USER_INPUT",
                "sourceIds: every fact needs at least one source");
        assertRefused(editor.error(CREATE, vars("input", input("unsourced goods"), "sources", List.of("31337"))), "BAD_USER_INPUT",
                "sourceIds[0]: no source with id '31337'");
        assertEquals(before, tariffCount());
    }

    @Test
    void updatesATariffAndMovesTheVersionOn() {
        String id = create("aluminium");
        Map<String, Object> input = input("aluminium ingots");
        input.put("status", "LIFTED");
        input.put("ratePercent", 10);
        input.put("rateOrigin", "PUBLIC_RECORD");
        Map<String, Object> tariff = editor.data(UPDATE, vars("id", id, "version", 0, "input", input)).getMap("updateTariff");
        assertEquals("aluminium ingots", tariff.get("product"));
        assertEquals("LIFTED", tariff.get("status"));
        assertEquals(10, ((Number) tariff.get("ratePercent")).intValue());
        assertEquals(1, tariff.get("version"));
        Map<String, Object> stored = read(id);
        assertEquals(10, ((Number) stored.remove("ratePercent")).doubleValue(), 0.0);
        tariff.remove("ratePercent");
        assertEquals(tariff, stored);
    }

    @Test
    void refusesAStaleUpdateAndKeepsTheStoredRow() {
        String id = create("contested goods");
        editor.data(UPDATE, vars("id", id, "version", 0, "input", input("contested goods, first edit")));
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 0, "input", input("contested goods, lost edit"))),
                "CONFLICT", "The tariff '" + id + "' is at version 1 but the request names version 0");
        assertEquals(stored, read(id));
    }

    @Test
    void refusesAnInvalidUpdateWithoutHalfWritingIt() {
        String id = create("kept goods");
        Map<String, Object> stored = read(id);
        Map<String, Object> input = input("changed product that must not stick");
        input.put("legalBasis", "must not stick");
        input.put("announced", date("2031-05-05", "DAY"));
        input.put("effective", date("2031-05-04", "DAY"));
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 0, "input", input)), "BAD_USER_INPUT",
                "input.effective (2031-05-04) is before input.announced (2031-05-05)");
        assertEquals(stored, read(id));

        editor.data(ADD_TARGET, vars("t", id, "c", "JP"));
        Map<String, Object> targeted = read(id);
        Map<String, Object> selfTargeting = input("changed product that must not stick");
        selfTargeting.put("imposedBy", "JP");
        assertRefused(editor.error(UPDATE, vars("id", id, "version", targeted.get("version"), "input", selfTargeting)),
                "BAD_USER_INPUT", "input.imposedBy: 'JP' is a target of this tariff");
        assertEquals(targeted, read(id));
    }

    @Test
    void refusesChangesToAnUnknownTariff() {
        assertRefused(editor.error(UPDATE, vars("id", "999999", "version", 0, "input", input("ghost"))), "NOT_FOUND",
                "No tariff with id '999999'");
        assertRefused(editor.error(ADD_TARGET, vars("t", "999999", "c", "JP")), "NOT_FOUND", "No tariff with id '999999'");
        assertRefused(editor.error(DELETE_EVENT, vars("id", "999999")), "NOT_FOUND", "No tariff event with id '999999'");
    }

    @Test
    void linksAndUnlinksTargetsButNeverTheImposingCountry() {
        String id = create("targeted goods");
        editor.data(ADD_TARGET, vars("t", id, "c", "jp"));
        assertEquals(List.of("CN", "JP"), editor.data(ADD_TARGET, vars("t", id, "c", "CN")).getList("addTariffTarget.targets.code"));
        assertEquals(List.of(id), GraphQL.data("{ tariffs(filter: {target: \"CN\", product: \"targeted goods\"}) { edges { node { id } } } }")
                .getList("tariffs.edges.node.id"));
        assertEquals(List.of("JP"), editor.data(REMOVE_TARGET, vars("t", id, "c", "CN")).getList("removeTariffTarget.targets.code"));
        Map<String, Object> stored = read(id);

        assertRefused(editor.error(ADD_TARGET, vars("t", id, "c", "US")), "BAD_USER_INPUT",
                "country: a tariff cannot target the country that imposes it");
        assertRefused(editor.error(ADD_TARGET, vars("t", id, "c", "J")), "BAD_USER_INPUT", "'J' is not a country code");
        assertRefused(editor.error(ADD_TARGET, vars("t", id, "c", "QQ")), "BAD_USER_INPUT", "country: no country with code 'QQ'");
        assertRefused(editor.error(REMOVE_TARGET, vars("t", id, "c", "KR")), "BAD_USER_INPUT", "country: 'KR' is not a target of this tariff");
        assertEquals(stored, read(id));
    }

    @Test
    void linksAndUnlinksMeetings() {
        String id = create("negotiated goods");
        String meeting = Lookup.meetingId(GraphQL.data("{ meetings(first: 1) { edges { node { title } } } }")
                .getString("meetings.edges[0].node.title"));
        assertEquals(List.of(meeting), editor.data(ADD_MEETING, vars("t", id, "m", meeting)).getList("addTariffMeeting.meetings.id"));
        assertEquals(true, GraphQL.data("query($m: ID!) { meeting(id: $m) { tariffs { id } } }", vars("m", meeting))
                .getList("meeting.tariffs.id").contains(id), "the meeting lists the tariff");
        assertEquals(List.of(), editor.data(REMOVE_MEETING, vars("t", id, "m", meeting)).getList("removeTariffMeeting.meetings"));
        Map<String, Object> stored = read(id);

        assertRefused(editor.error(REMOVE_MEETING, vars("t", id, "m", meeting)), "BAD_USER_INPUT",
                "meetingId: meeting '" + meeting + "' is not linked to this tariff");
        assertRefused(editor.error(ADD_MEETING, vars("t", id, "m", "999999")), "BAD_USER_INPUT", "meetingId: no meeting with id '999999'");
        assertEquals(stored, read(id));
    }

    @Test
    void linksAndUnlinksSourcesButNeverTheLastOne() {
        String id = create("sourced goods");
        assertEquals(List.of(article3, article4), editor.data(ADD_SOURCE, vars("t", id, "s", article4)).getList("addTariffSource.sources.id"));
        assertEquals(List.of(article4), editor.data(REMOVE_SOURCE, vars("t", id, "s", article3)).getList("removeTariffSource.sources.id"));
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(REMOVE_SOURCE, vars("t", id, "s", article4)), "BAD_USER_INPUT",
                "sourceId: source '" + article4 + "' is the only source of this tariff");
        assertRefused(editor.error(ADD_SOURCE, vars("t", id, "s", "999999")), "BAD_USER_INPUT", "sourceId: no source with id '999999'");
        assertEquals(stored, read(id));
    }

    @Test
    void recordsAndDeletesEventsWithoutChangingTheTariffsOwnStatus() {
        String id = create("evented goods");
        editor.data(ADD_TARGET, vars("t", id, "c", "JP"));
        JsonPath event = editor.data(ADD_EVENT, vars("t", id, "input", Map.of("date", date("2031-07-07", "MONTH"),
                "status", "IN_FORCE", "description", "  Duties took effect. ", "sourceId", article4)));
        String eventId = event.getString("addTariffEvent.id");
        assertEquals("Duties took effect.", event.getString("addTariffEvent.description"));
        assertEquals("2031-07", event.getString("addTariffEvent.date.text"));
        assertEquals(Map.of("id", id, "status", "THREATENED"), event.getMap("addTariffEvent.tariff"),
                "the tariff's own status is not changed");
        assertEquals(List.of(eventId), GraphQL.data(READ, vars("id", id)).getList("tariff.events.id"));
        assertEquals(List.of("Duties took effect."), julyTimeline(), "the event is on the US–JP timeline");

        Map<String, Object> stored = read(id);
        assertRefused(editor.error(ADD_EVENT, vars("t", id, "input", Map.of("date", date("2031-07-07", "DAY"),
                "status", "LIFTED", "description", " ", "sourceId", article4))), "BAD_USER_INPUT", "input.description");
        assertRefused(editor.error(ADD_EVENT, vars("t", id, "input", Map.of("date", date("2031-07-07", "DAY"),
                "status", "LIFTED", "description", "Lifted.", "sourceId", "999999"))), "BAD_USER_INPUT",
                "input.sourceId: no source with id '999999'");
        assertEquals(stored, read(id));

        assertEquals(eventId, editor.data(DELETE_EVENT, vars("id", eventId)).getString("deleteTariffEvent"));
        assertEquals(List.of(), read(id).get("events"));
        assertEquals(List.of(), julyTimeline());
    }

    private static List<String> augustTimeline() {
        return GraphQL.data("{ timeline(countries: [\"US\", \"JP\"], from: \"2031-08-01\", to: \"2031-08-31\") { edges { node { summary } } } }")
                .getList("timeline.edges.node.summary");
    }

    private static List<String> julyTimeline() {
        return GraphQL.data("{ timeline(countries: [\"US\", \"JP\"], from: \"2031-07-01\", to: \"2031-07-31\") { edges { node { summary } } } }")
                .getList("timeline.edges.node.summary");
    }

    @Test
    void deletesATariffWithItsEvents() {
        String id = create("doomed goods");
        editor.data(ADD_TARGET, vars("t", id, "c", "JP"));
        String eventId = editor.data(ADD_EVENT, vars("t", id, "input", Map.of("date", date("2031-08-08", "DAY"),
                "status", "THREATENED", "description", "Threatened.", "sourceId", article3))).getString("addTariffEvent.id");
        int version = (Integer) read(id).get("version");
        assertEquals(List.of("Threatened."), augustTimeline());

        assertRefused(editor.error(DELETE, vars("id", id, "version", version - 1)), "CONFLICT", "is at version " + version);
        assertEquals(id, editor.data(DELETE, vars("id", id, "version", version)).getString("deleteTariff"));
        assertRefused(GraphQL.error(READ, vars("id", id)), "NOT_FOUND", "No tariff with id '" + id + "'");
        assertRefused(editor.error(DELETE_EVENT, vars("id", eventId)), "NOT_FOUND", "No tariff event with id '" + eventId + "'");
        assertEquals(List.of(), augustTimeline(), "its events went with it");
    }

    private String create(String product) {
        return editor.data(CREATE, vars("input", input(product), "sources", List.of(article3))).getString("createTariff.id");
    }

    private static Map<String, Object> input(String product) {
        Map<String, Object> input = new HashMap<>();
        input.put("imposedBy", "US");
        input.put("product", product);
        input.put("status", "THREATENED");
        return input;
    }

    private static Map<String, Object> date(String date, String precision) {
        return Map.of("date", date, "precision", precision);
    }

    private static Map<String, Object> read(String id) {
        return GraphQL.data(READ, vars("id", id)).getMap("tariff");
    }

    private static int tariffCount() {
        return GraphQL.data("{ tariffs { totalCount } }").getInt("tariffs.totalCount");
    }
}
