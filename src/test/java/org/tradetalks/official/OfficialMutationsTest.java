package org.tradetalks.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

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

/** Editors add, correct and remove officials, their other spellings, their titles and their sources. */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class OfficialMutationsTest {

    private static final String FIELDS = """
            id name note version country { code } aliases sources { id }
            roles { id title from { text precision } to { text precision } source { id } version }""";
    private static final String CREATE = "mutation($input: OfficialInput!, $sources: [ID!]!) { "
            + "createOfficial(input: $input, sourceIds: $sources) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: OfficialInput!) { "
            + "updateOfficial(id: $id, version: $version, input: $input) { " + FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteOfficial(id: $id, version: $version) }";
    private static final String READ = "query($id: ID!) { official(id: $id) { " + FIELDS + " } }";
    private static final String ADD_ALIAS = "mutation($id: ID!, $alias: String!) { addOfficialAlias(officialId: $id, alias: $alias) { aliases version } }";
    private static final String REMOVE_ALIAS = "mutation($id: ID!, $alias: String!) { removeOfficialAlias(officialId: $id, alias: $alias) { aliases } }";
    private static final String ADD_ROLE = "mutation($id: ID!, $input: RoleInput!) { addOfficialRole(officialId: $id, input: $input) { "
            + "id title from { text } to { text } source { id } version } }";
    private static final String UPDATE_ROLE = "mutation($id: ID!, $version: Int!, $input: RoleInput!) { "
            + "updateOfficialRole(id: $id, version: $version, input: $input) { id title from { text } to { text } version } }";
    private static final String DELETE_ROLE = "mutation($id: ID!, $version: Int!) { deleteOfficialRole(id: $id, version: $version) }";
    private static final String ADD_SOURCE = "mutation($id: ID!, $source: ID!) { addOfficialSource(officialId: $id, sourceId: $source) { sources { id } } }";
    private static final String REMOVE_SOURCE = "mutation($id: ID!, $source: ID!) { removeOfficialSource(officialId: $id, sourceId: $source) { sources { id } } }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());
    private String article0;
    private String article1;

    @BeforeEach
    void lookUpCuratedRecords() {
        article0 = Lookup.sourceId("000");
        article1 = Lookup.sourceId("001");
    }

    @Test
    void createsAnOfficialCitingItsSources() {
        JsonPath created = editor.data(CREATE, vars("input", Map.of("name", "  Yasutoshi Nishimura ", "country", "jp",
                "note", "METI minister from 2022."), "sources", List.of(article0, article1)));
        Map<String, Object> official = created.getMap("createOfficial");
        assertEquals("Yasutoshi Nishimura", official.get("name"));
        assertEquals(Map.of("code", "JP"), official.get("country"));
        assertEquals(List.of(Map.of("id", article0), Map.of("id", article1)), official.get("sources"));
        assertEquals(List.of(), official.get("aliases"));
        assertEquals(0, official.get("version"));
        assertEquals(official, read((String) official.get("id")));
        assertEquals(1, GraphQL.data("{ officials(filter: {name: \"nishimura\", country: \"JP\"}) { totalCount } }")
                .getInt("officials.totalCount"), "the new official is found by name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blank name           | '  '    | JP  | 000        | input.name: must not be blank",
            "name too long        | LONG    | JP  | 000        | input.name: size must be between 0 and 200",
            "three-letter country | Someone | JPN | 000        | value: 'JPN' is not a country code",
            "digit in country     | Someone | J1  | 000        | value: 'J1' is not a country code",
            "unknown country      | Someone | ZZ  | 000        | input.country: no country with code 'ZZ'",
            "no source            | Someone | JP  | ''         | sourceIds: every fact needs at least one source",
            "unknown source       | Someone | JP  | 000,999999 | sourceIds[1]: no source with id '999999'",
            "malformed source id  | Someone | JP  | abc        | sourceIds[0]: 'abc' is not a valid id",
    })
    void refusesAnInvalidOfficialAndAddsNothing(String why, String name, String country, String sources, String message) {
        int before = officialCount();
        List<String> sourceIds = sources.isEmpty() ? List.of()
                : List.of(sources.split(",")).stream().map(s -> s.equals("000") ? article0 : s).toList();
        assertRefused(editor.error(CREATE, vars("input", Map.of("name", name.equals("LONG") ? "N".repeat(201) : name,
                "country", country), "sources", sourceIds)), "BAD_USER_INPUT", message);
        assertEquals(before, officialCount(), "no official was added");
    }

    @Test
    void updatesNameCountryAndNoteAndMovesTheVersionOn() {
        String id = create("Jane Doe", "US");
        JsonPath updated = editor.data(UPDATE, vars("id", id, "version", 0, "input",
                Map.of("name", "Jane Roe", "country", "kr", "note", "Corrected after the second article.")));
        Map<String, Object> official = updated.getMap("updateOfficial");
        assertEquals("Jane Roe", official.get("name"));
        assertEquals(Map.of("code", "KR"), official.get("country"));
        assertEquals("Corrected after the second article.", official.get("note"));
        assertEquals(1, official.get("version"));
        assertEquals(official, read(id));
    }

    @Test
    void refusesAStaleUpdateAndKeepsTheStoredRow() {
        String id = create("Stale Sam", "US");
        editor.data(UPDATE, vars("id", id, "version", 0, "input", Map.of("name", "Sam Stale", "country", "US")));
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 0, "input", Map.of("name", "Samuel Stale", "country", "JP"))),
                "CONFLICT", "The official '" + id + "' is at version 1 but the request names version 0");
        assertEquals(stored, read(id));
    }

    @Test
    void refusesARenameToOneOfTheAliasesWithoutHalfWritingTheUpdate() {
        String id = create("Koichi Hagiuda", "JP");
        editor.data(ADD_ALIAS, vars("id", id, "alias", "Koichi Hagi"));
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(UPDATE, vars("id", id, "version", stored.get("version"), "input",
                Map.of("name", "KOICHI HAGÍ", "country", "US", "note", "half-written?"))), "BAD_USER_INPUT",
                "input.name: 'KOICHI HAGÍ' is one of the official's aliases");
        assertEquals(stored, read(id), "neither the country nor the note changed");
    }

    @Test
    void refusesUnknownOrMalformedOfficialIds() {
        assertRefused(editor.error(UPDATE, vars("id", "999999", "version", 0, "input", Map.of("name", "N", "country", "US"))),
                "NOT_FOUND", "No official with id '999999'");
        assertRefused(editor.error(ADD_ALIAS, vars("id", "999999", "alias", "Nobody")), "NOT_FOUND", "No official with id '999999'");
        assertRefused(editor.error(DELETE, vars("id", "0", "version", 0)), "BAD_USER_INPUT", "id: '0' is not a valid id");
    }

    @Test
    void addsAnAliasThatThenFindsTheOfficial() {
        String id = create("Tarō Yamadera", "JP");
        JsonPath added = editor.data(ADD_ALIAS, vars("id", id, "alias", " Taro Yamaderra "));
        assertEquals(List.of("Taro Yamaderra"), added.getList("addOfficialAlias.aliases"));
        assertEquals(1, added.getInt("addOfficialAlias.version"), "an alias changes the official's version");
        List<String> found = GraphQL.data("{ officials(filter: {name: \"YAMADERRA\"}) { edges { node { id } } } }")
                .getList("officials.edges.node.id");
        assertEquals(List.of(id), found);
    }

    @ParameterizedTest(name = "alias ''{0}''")
    @ValueSource(strings = { "Dai Qi", "DAI QI", "dai qí", "  Dai Qi  ", "Katherine Tai", "katherine TAÏ" })
    void refusesADuplicateAliasIgnoringCaseAndAccents(String alias) {
        String tai = Lookup.officialId("Katherine Tai");
        Map<String, Object> stored = read(tai);
        JsonPath error = editor.error(ADD_ALIAS, vars("id", tai, "alias", alias));
        assertRefused(error, "BAD_USER_INPUT", "alias: '" + alias.strip() + "' is");
        assertTrue(error.getString("message").contains("already an alias of Katherine Tai")
                || error.getString("message").contains("is the official's name itself"), error.getString("message"));
        assertEquals(stored, read(tai));
    }

    @ParameterizedTest(name = "alias of {0} characters")
    @ValueSource(ints = { 0, 201 })
    void refusesAnEmptyOrOverlongAlias(int length) {
        String id = create("Alias Length", "US");
        assertRefused(editor.error(ADD_ALIAS, vars("id", id, "alias", length == 0 ? "   " : "a".repeat(length))),
                "BAD_USER_INPUT", "alias: must be 1 to 200 characters");
        assertEquals(List.of(), read(id).get("aliases"));
    }

    @Test
    void removesAnAliasAndRefusesOneItDoesNotHave() {
        String id = create("Gina Raimondo-Test", "US");
        editor.data(ADD_ALIAS, vars("id", id, "alias", "Raymondo-Test"));
        editor.data(ADD_ALIAS, vars("id", id, "alias", "Raimundo-Test"));
        assertEquals(List.of("Raimundo-Test"), editor.data(REMOVE_ALIAS, vars("id", id, "alias", "Raymondo-Test"))
                .getList("removeOfficialAlias.aliases"));
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(REMOVE_ALIAS, vars("id", id, "alias", "Raymondo-Test")), "BAD_USER_INPUT",
                "alias: 'Raymondo-Test' is not an alias of Gina Raimondo-Test");
        assertEquals(stored, read(id));
    }

    @Test
    void addsUpdatesAndDeletesARole() {
        String id = create("Role Holder", "JP");
        JsonPath added = editor.data(ADD_ROLE, vars("id", id, "input", Map.of("title", " Minister of Economy ",
                "from", Map.of("date", "2021-10-04", "precision", "DAY"), "sourceId", article1)));
        String roleId = added.getString("addOfficialRole.id");
        assertEquals("Minister of Economy", added.getString("addOfficialRole.title"));
        assertEquals("2021-10-04", added.getString("addOfficialRole.from.text"));
        assertEquals(List.of(roleId), GraphQL.data(READ, vars("id", id)).getList("official.roles.id"));

        JsonPath updated = editor.data(UPDATE_ROLE, vars("id", roleId, "version", 0, "input", Map.of("title", "Minister of Economy, Trade and Industry",
                "from", Map.of("date", "2021-10-04", "precision", "DAY"), "to", Map.of("date", "2022-08-10", "precision", "MONTH"),
                "sourceId", article1)));
        assertEquals("2022-08", updated.getString("updateOfficialRole.to.text"));
        assertEquals(1, updated.getInt("updateOfficialRole.version"));

        assertRefused(editor.error(DELETE_ROLE, vars("id", roleId, "version", 0)), "CONFLICT", "The role '" + roleId + "' is at version 1");
        assertEquals(1, ((List<?>) read(id).get("roles")).size());
        assertEquals(roleId, editor.data(DELETE_ROLE, vars("id", roleId, "version", 1)).getString("deleteOfficialRole"));
        assertEquals(List.of(), read(id).get("roles"));
    }

    @Test
    void refusesARoleEndingBeforeItStartsOrCitingAnUnknownSource() {
        String id = create("Role Refused", "JP");
        assertRefused(editor.error(ADD_ROLE, vars("id", id, "input", Map.of("title", "Minister",
                "from", Map.of("date", "2021-10-04", "precision", "DAY"), "to", Map.of("date", "2020-01-01", "precision", "YEAR"),
                "sourceId", article1))), "BAD_USER_INPUT", "input.to (2020) is before input.from (2021-10-04)");
        assertRefused(editor.error(ADD_ROLE, vars("id", id, "input", Map.of("title", "Minister", "sourceId", "999999"))),
                "BAD_USER_INPUT", "input.sourceId: no source with id '999999'");
        assertRefused(editor.error(ADD_ROLE, vars("id", id, "input", Map.of("title", " ", "sourceId", article1))),
                "BAD_USER_INPUT", "input.title");
        assertEquals(List.of(), read(id).get("roles"));

        String roleId = editor.data(ADD_ROLE, vars("id", id, "input", Map.of("title", "Minister", "sourceId", article1)))
                .getString("addOfficialRole.id");
        Map<String, Object> stored = read(id);
        assertRefused(editor.error(UPDATE_ROLE, vars("id", roleId, "version", 0, "input", Map.of("title", "Ex-minister",
                "from", Map.of("date", "2022-01-01", "precision", "DAY"), "to", Map.of("date", "2021-12-31", "precision", "DAY"),
                "sourceId", article1))), "BAD_USER_INPUT", "input.to (2021-12-31) is before input.from (2022-01-01)");
        assertEquals(stored, read(id));
    }

    @Test
    void linksAndUnlinksSourcesButNeverTheLastOne() {
        String id = create("Cited Twice", "US");
        assertEquals(List.of(article0, article1), editor.data(ADD_SOURCE, vars("id", id, "source", article1))
                .getList("addOfficialSource.sources.id"));
        assertEquals(List.of(article1), editor.data(REMOVE_SOURCE, vars("id", id, "source", article0))
                .getList("removeOfficialSource.sources.id"));
        Map<String, Object> stored = read(id);

        assertRefused(editor.error(REMOVE_SOURCE, vars("id", id, "source", article1)), "BAD_USER_INPUT",
                "sourceId: source '" + article1 + "' is the only source of this official");
        assertRefused(editor.error(REMOVE_SOURCE, vars("id", id, "source", article0)), "BAD_USER_INPUT",
                "sourceId: source '" + article0 + "' is not a source of this official");
        assertRefused(editor.error(ADD_SOURCE, vars("id", id, "source", "999999")), "BAD_USER_INPUT",
                "sourceId: no source with id '999999'");
        assertEquals(stored, read(id));
    }

    @Test
    void deletesAnOfficialWithTheirRolesAliasesAndMeetingPlaces() {
        String id = create("Short Tenure", "US");
        editor.data(ADD_ALIAS, vars("id", id, "alias", "S. Tenure"));
        editor.data(ADD_ROLE, vars("id", id, "input", Map.of("title", "Envoy", "sourceId", article0)));
        String meeting = editor.data("mutation($s: ID!) { createMeeting(input: {title: \"Envoy talks\", kind: TALKS, status: HELD, "
                + "startDate: {date: \"2022-01-01\", precision: DAY}}, sourceIds: [$s]) { id } }", vars("s", article0))
                .getString("createMeeting.id");
        editor.data("mutation($m: ID!, $o: ID!) { addMeetingParticipant(meetingId: $m, officialId: $o) { id } }",
                vars("m", meeting, "o", id));
        int version = (Integer) read(id).get("version");

        assertEquals(id, editor.data(DELETE, vars("id", id, "version", version)).getString("deleteOfficial"));
        assertRefused(GraphQL.error(READ, vars("id", id)), "NOT_FOUND", "No official with id '" + id + "'");
        assertEquals(List.of(), GraphQL.data("query($m: ID!) { meeting(id: $m) { participants { id } } }", vars("m", meeting))
                .getList("meeting.participants"));
        assertEquals(0, GraphQL.data("{ officials(filter: {name: \"S. Tenure\"}) { totalCount } }").getInt("officials.totalCount"));
    }

    @Test
    void refusesToDeleteAnOfficialWithStatementsOrAtAStaleVersion() {
        String kantor = Lookup.officialId("Mickey Kantor");
        Map<String, Object> stored = read(kantor);
        assertRefused(editor.error(DELETE, vars("id", kantor, "version", stored.get("version"))), "CONFLICT",
                "official '" + kantor + "' made", "statements; delete them or give them another speaker first");
        assertEquals(stored, read(kantor));
        assertFalse(GraphQL.data("query($id: ID!) { official(id: $id) { statements { id } } }", vars("id", kantor))
                .getList("official.statements").isEmpty());

        String id = create("Twice Edited", "US");
        editor.data(ADD_ALIAS, vars("id", id, "alias", "T. Edited"));
        assertRefused(editor.error(DELETE, vars("id", id, "version", 0)), "CONFLICT", "is at version 1");
        assertEquals(List.of("T. Edited"), read(id).get("aliases"));
    }

    private String create(String name, String country) {
        return editor.data(CREATE, vars("input", Map.of("name", name, "country", country), "sources", List.of(article0)))
                .getString("createOfficial.id");
    }

    private static Map<String, Object> read(String id) {
        return GraphQL.data(READ, vars("id", id)).getMap("official");
    }

    private static int officialCount() {
        return GraphQL.data("{ officials { totalCount } }").getInt("officials.totalCount");
    }
}
