package org.tradetalks.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One official by id, and the officials list filtered by name (or alias) and country. */
@QuarkusTest
class OfficialQueriesTest {

    private static final String OFFICIALS = """
            query($name: String, $country: [CountryCode!]) {
              officials(filter: {name: $name, country: $country}, first: 100) {
                totalCount
                edges { node { name country { code } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private static final String OFFICIAL = """
            query($id: ID!) {
              official(id: $id) {
                id name note aliases
                country { code name }
                roles { title from { date precision text } to { date precision text } source { reference } }
                meetings { title startDate { date } }
                statements { kind quote date { date text } }
                sources { reference }
              }
            }""";

    @Test
    void officialByIdGivesNameCountryAndAliases() {
        JsonPath data = official("Gina Raimondo");
        assertEquals("Gina Raimondo", data.getString("official.name"));
        assertEquals("US", data.getString("official.country.code"));
        assertEquals("United States", data.getString("official.country.name"));
        assertEquals(Set.of("Raimundo", "Raymondo"), Set.copyOf(data.getList("official.aliases")));
    }

    @Test
    void anOfficialWithoutAliasesHasAnEmptyList() {
        JsonPath data = official("Toshimitsu Motegi");
        assertEquals(List.of(), data.getList("official.aliases"));
        assertEquals("JP", data.getString("official.country.code"));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "dai qi, Katherine Tai",
            "Dai Qi, Katherine Tai",
            "Raymondo, Gina Raimondo",
            "raimundo, Gina Raimondo",
            "Lin Fangzheng, Yoshimasa Hayashi",
            "Hiroichi Matsuno, Hirokazu Matsuno",
            "Koichi Hagi, Koichi Hagiuda",
            "kono, Taro Kono",
            "Kōno, Taro Kono",
            "KŌNO, Taro Kono",
            "Tarō Asō, Taro Aso",
            "Michael Kantor, Mickey Kantor",
            "robert e. lighthizer, Robert Lighthizer",
    })
    void nameFilterMatchesNamesAndAliasesIgnoringCaseAndAccents(String name, String expected) {
        JsonPath data = officials(name, null);
        assertEquals(1, data.getInt("officials.totalCount"), "one official for '" + name + "'");
        assertEquals(List.of(expected), data.getList("officials.edges.node.name"));
    }

    @Test
    void aDecomposedMacronIsIgnoredToo() {
        // "Kōno" typed as o + combining macron (U+0304), as some keyboards send it
        assertEquals(List.of("Taro Kono"), officials("Ko\u0304no", null).getList("officials.edges.node.name"));
    }

    @Test
    void nameFilterMatchesPartOfANameAndListsByName() {
        JsonPath data = officials("robert", null);
        assertEquals(2, data.getInt("officials.totalCount"));
        assertEquals(List.of("Robert Lighthizer", "Robert Rubin"), data.getList("officials.edges.node.name"));
    }

    @Test
    void anAliasShowsTheCorrectNameNotTheAlias() {
        // "Michael" appears only in the aliases Michael Kantor and Michael R. Pence
        JsonPath data = officials("Michael", null);
        assertEquals(List.of("Mickey Kantor", "Mike Pence"), data.getList("officials.edges.node.name"));
    }

    @Test
    void countryFilterGivesThatCountrysOfficials() {
        JsonPath data = officials(null, "CN");
        assertEquals(2, data.getInt("officials.totalCount"));
        assertEquals(List.of("Li Keqiang", "Wang Yi"), data.getList("officials.edges.node.name"));
    }

    @Test
    void nameAndCountryMustBothMatch() {
        assertEquals(List.of("Taro Aso", "Taro Kono"), officials("taro", "JP").getList("officials.edges.node.name"));
        assertEquals(List.of("Shinzo Abe"), officials("Shinzo", "jp").getList("officials.edges.node.name"));
        JsonPath wrongCountry = officials("Raimundo", "JP");
        assertEquals(0, wrongCountry.getInt("officials.totalCount"));
    }

    @Test
    void aFilterMatchingNobodyGivesAnEmptyConnection() {
        JsonPath data = officials("Hosokawa", null);
        assertEquals(0, data.getInt("officials.totalCount"));
        assertEquals(List.of(), data.getList("officials.edges"));
        assertFalse(data.getBoolean("officials.pageInfo.hasNextPage"));
        assertNull(data.get("officials.pageInfo.endCursor"));
    }

    @Test
    void rolesCarryTitleDatesToTheirPrecisionAndSource() {
        JsonPath raimondo = official("Gina Raimondo");
        assertEquals(List.of("Secretary of Commerce"), raimondo.getList("official.roles.title"));
        assertEquals("2021-03", raimondo.getString("official.roles[0].from.text"));
        assertEquals("MONTH", raimondo.getString("official.roles[0].from.precision"));
        assertEquals("2021-03-01", raimondo.getString("official.roles[0].from.date"));
        assertNull(raimondo.get("official.roles[0].to"), "still in office as of the source");
        assertTrue(raimondo.getString("official.roles[0].source.reference").startsWith("001_"));

        JsonPath clinton = official("Bill Clinton");
        assertEquals("President", clinton.getString("official.roles[0].title"));
        assertEquals("1993-01-20", clinton.getString("official.roles[0].from.text"));
        assertEquals("2001-01-20", clinton.getString("official.roles[0].to.text"));
        assertEquals("DAY", clinton.getString("official.roles[0].to.precision"));
    }

    @Test
    void aRoleWithoutKnownDatesHasNullFromAndTo() {
        JsonPath motegi = official("Toshimitsu Motegi");
        assertEquals("Minister of Economy, Trade and Industry", motegi.getString("official.roles[0].title"));
        assertNull(motegi.get("official.roles[0].from"));
        assertNull(motegi.get("official.roles[0].to"));
    }

    @Test
    void meetingsAttendedComeInDateOrder() {
        JsonPath motegi = official("Toshimitsu Motegi");
        assertEquals(List.of("New U.S.–Japan framework for trade talks (Motegi–Lighthizer)",
                "Motegi–Lighthizer trade talks in Washington", "Motegi–Lighthizer talks, next round"),
                motegi.getList("official.meetings.title"));
        JsonPath raimondo = official("Gina Raimondo");
        assertEquals(Set.of("Raimondo–Hayashi talks", "Raimondo–Matsuno talks", "Raimondo–Hagiuda talks in Tokyo"),
                Set.copyOf(raimondo.getList("official.meetings.title")));
        assertEquals("Raimondo–Hagiuda talks in Tokyo", raimondo.getString("official.meetings[-1].title"),
                "15 Nov comes after the talks known only to the month");
    }

    @Test
    void statementsMadeComeInDateOrder() {
        JsonPath trump = official("Donald Trump");
        assertEquals(List.of("2016", "2017", "2017-04", "2018", "2018-04-12", "2018-04-12", "2018-04-12", "2018-04-12"),
                trump.getList("official.statements.date.text"), "less precise dates first within their period's start");
        assertEquals("PARAPHRASE", trump.getString("official.statements[0].kind"), "the 2016 campaign, reported speech");
        assertEquals(Set.of("substantially better", "who has hit us hard on trade for years!"),
                Set.copyOf(trump.getList("official.statements.findAll { it.kind == 'QUOTE' }.quote")));
        assertEquals(6, trump.getList("official.statements.findAll { it.kind == 'PARAPHRASE' }").size());
        assertEquals(List.of(), official("Bill Clinton").getList("official.statements"), "Clinton is not quoted");
    }

    @Test
    void sourcesAreTheArticlesMentioningTheOfficial() {
        assertEquals(List.of("001", "002", "003", "004"), articleNumbers(official("Donald Trump")));
        assertEquals(List.of("003", "004"), articleNumbers(official("Mike Pence")));
        assertEquals(List.of("000"), articleNumbers(official("Mickey Kantor")));
    }

    private static List<String> articleNumbers(JsonPath official) {
        return official.<String>getList("official.sources.reference").stream().map(ref -> ref.substring(0, 3)).sorted().toList();
    }

    private static JsonPath official(String name) {
        return GraphQL.data(OFFICIAL, Map.of("id", Lookup.officialId(name)));
    }

    private static JsonPath officials(String name, String country) {
        return GraphQL.data(OFFICIALS, Lookup.vars("name", name, "country", country));
    }
}
