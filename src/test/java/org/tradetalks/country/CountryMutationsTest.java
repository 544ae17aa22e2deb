package org.tradetalks.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Editors add, rename and remove countries; bad codes, stale versions and countries still in use are refused. */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class CountryMutationsTest {

    private static final String CREATE = """
            mutation($code: CountryCode!, $name: String!, $region: String!) {
              createCountry(code: $code, input: {name: $name, region: $region}) { code name region version }
            }""";
    private static final String UPDATE = """
            mutation($code: CountryCode!, $version: Int!, $name: String!, $region: String!) {
              updateCountry(code: $code, version: $version, input: {name: $name, region: $region}) { code name region version }
            }""";
    private static final String DELETE = "mutation($code: CountryCode!, $version: Int!) { deleteCountry(code: $code, version: $version) }";
    private static final String READ = "query($code: CountryCode!) { country(code: $code) { code name region version } }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());

    @Test
    void createsACountryUnderItsUpperCaseCode() {
        JsonPath created = editor.data(CREATE, vars("code", "fr", "name", "  France ", "region", "Europe"));
        assertEquals("FR", created.getString("createCountry.code"));
        assertEquals("France", created.getString("createCountry.name"), "surrounding spaces are dropped");
        assertEquals(Map.of("code", "FR", "name", "France", "region", "Europe", "version", 0), read("FR"));
        assertEquals(read("FR"), created.getMap("createCountry"));
    }

    @ParameterizedTest(name = "code {0}")
    @CsvSource({ "FRA", "F", "1X", "F-", "''", "' DE'" })
    void refusesACodeThatIsNotTwoLetters(String code) {
        int before = countryCount();
        assertRefused(editor.error(CREATE, vars("code", code, "name", "Somewhere", "region", "Europe")), "BAD_USER_INPUT",
                "'" + code + "' is not a country code: expected an ISO 3166-1 alpha-2 code");
        assertEquals(before, countryCount(), "no country was added");
    }

    @Test
    void refusesACodeThatExistsAndLeavesTheCountryAsItWas() {
        Map<String, Object> us = read("US");
        assertRefused(editor.error(CREATE, vars("code", "us", "name", "Usurper", "region", "Nowhere")), "CONFLICT",
                "code: country 'US' already exists");
        assertEquals(us, read("US"));
    }

    @ParameterizedTest(name = "name ''{0}'' region ''{1}''")
    @CsvSource({ "'',Europe,input.name", "'   ',Europe,input.name", "Narnia,' ',input.region" })
    void refusesABlankNameOrRegion(String name, String region, String field) {
        int before = countryCount();
        assertRefused(editor.error(CREATE, vars("code", "NA", "name", name, "region", region)), "BAD_USER_INPUT",
                field, "must not be blank");
        assertEquals(before, countryCount());
    }

    @Test
    void refusesANameLongerThanAHundredCharacters() {
        assertRefused(editor.error(CREATE, vars("code", "NB", "name", "N".repeat(101), "region", "Europe")), "BAD_USER_INPUT",
                "input.name", "size must be between");
        assertRefused(GraphQL.error(READ, vars("code", "NB")), "NOT_FOUND", "No country with id 'NB'");
    }

    @Test
    void updatesTheNameAndRegionAndMovesTheVersionOn() {
        editor.data(CREATE, vars("code", "DE", "name", "Germany", "region", "Europe"));
        JsonPath updated = editor.data(UPDATE, vars("code", "de", "version", 0, "name", "Federal Republic of Germany",
                "region", "Western Europe"));
        assertEquals(Map.of("code", "DE", "name", "Federal Republic of Germany", "region", "Western Europe", "version", 1),
                updated.getMap("updateCountry"));
        assertEquals(updated.getMap("updateCountry"), read("DE"));
    }

    @Test
    void refusesAnUpdateNamingAStaleVersionAndKeepsTheStoredRow() {
        editor.data(CREATE, vars("code", "IT", "name", "Italy", "region", "Europe"));
        editor.data(UPDATE, vars("code", "IT", "version", 0, "name", "Italia", "region", "Europe"));
        Map<String, Object> stored = read("IT");

        assertRefused(editor.error(UPDATE, vars("code", "IT", "version", 0, "name", "Repubblica Italiana", "region", "Europe")),
                "CONFLICT", "is at version 1 but the request names version 0");
        assertEquals(stored, read("IT"));
    }

    @Test
    void refusesAnUpdateOfAnUnknownCountryOrWithBlankFields() {
        assertRefused(editor.error(UPDATE, vars("code", "ZZ", "version", 0, "name", "Nowhere", "region", "Nowhere")),
                "NOT_FOUND", "No country with id 'ZZ'");
        Map<String, Object> japan = read("JP");
        assertRefused(editor.error(UPDATE, vars("code", "JP", "version", (Integer) japan.get("version"), "name", "Japan",
                "region", "")), "BAD_USER_INPUT", "input.region");
        assertEquals(japan, read("JP"));
    }

    @Test
    void deletesACountryNothingRefersTo() {
        editor.data(CREATE, vars("code", "ES", "name", "Spain", "region", "Europe"));
        assertEquals("ES", editor.data(DELETE, vars("code", "es", "version", 0)).getString("deleteCountry"));
        assertRefused(GraphQL.error(READ, vars("code", "ES")), "NOT_FOUND", "No country with id 'ES'");
    }

    @Test
    void refusesToDeleteACountryFactsReferTo() {
        Map<String, Object> japan = read("JP");
        assertRefused(editor.error(DELETE, vars("code", "JP", "version", japan.get("version"))), "CONFLICT",
                "country 'JP' is still referred to by");
        assertEquals(japan, read("JP"));
        assertEquals(true, GraphQL.data("{ country(code: \"JP\") { officials { id } } }").getList("country.officials").size() > 0,
                "Japan's officials are still there");
    }

    @Test
    void refusesADeleteNamingAStaleVersion() {
        editor.data(CREATE, vars("code", "PT", "name", "Portugal", "region", "Europe"));
        editor.data(UPDATE, vars("code", "PT", "version", 0, "name", "Portuguese Republic", "region", "Europe"));
        assertRefused(editor.error(DELETE, vars("code", "PT", "version", 0)), "CONFLICT", "is at version 1");
        assertEquals("Portuguese Republic", read("PT").get("name"));
    }

    private static Map<String, Object> read(String code) {
        return GraphQL.data(READ, vars("code", code)).getMap("country");
    }

    private static int countryCount() {
        return GraphQL.data("{ countries { code } }").getList("countries").size();
    }
}
