package org.tradetalks.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The four countries, looked up by code, and what hangs off each: officials, meetings, tariffs both ways. */
@QuarkusTest
class CountryQueriesTest {

    private static final String COUNTRY = """
            query($code: CountryCode!) {
              country(code: $code) {
                code name region
                officials { name country { code } }
                meetings { title startDate { date } countries { code } }
                tariffsImposed { product imposedBy { code } targets { code } }
                tariffsFaced { product status imposedBy { code } targets { code } }
              }
            }""";

    @Test
    void countriesAreTheFourOrderedByCode() {
        JsonPath data = GraphQL.data("{ countries { code name region } }");
        assertEquals(List.of("CN", "JP", "KR", "US"), data.getList("countries.code"));
        assertEquals(List.of("China", "Japan", "South Korea", "United States"), data.getList("countries.name"));
        assertEquals(List.of("East Asia", "East Asia", "East Asia", "North America"), data.getList("countries.region"));
    }

    @Test
    void countryByCodeGivesItsNameAndRegion() {
        JsonPath data = country("US");
        assertEquals("US", data.getString("country.code"));
        assertEquals("United States", data.getString("country.name"));
        assertEquals("North America", data.getString("country.region"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "jp", "Jp", "jP" })
    void codeIsCaseInsensitiveAndAnsweredInUpperCase(String code) {
        JsonPath data = country(code);
        assertEquals("JP", data.getString("country.code"));
        assertEquals("Japan", data.getString("country.name"));
    }

    @Test
    void japansOfficialsAreItsTenOfficialsByName() {
        JsonPath data = country("JP");
        assertEquals(List.of("Eijiro Hata", "Hirokazu Matsuno", "Hiroshige Seko", "Koichi Hagiuda", "Koji Kakizawa",
                "Shinzo Abe", "Taro Aso", "Taro Kono", "Toshimitsu Motegi", "Yoshimasa Hayashi"),
                data.getList("country.officials.name"));
        assertTrue(data.getList("country.officials.country.code").stream().allMatch("JP"::equals));
    }

    @Test
    void chinaAndSouthKoreaHaveTheirOwnOfficials() {
        assertEquals(List.of("Li Keqiang", "Wang Yi"), country("CN").getList("country.officials.name"));
        assertEquals(List.of("Moon Jae-in"), country("KR").getList("country.officials.name"));
    }

    @Test
    void chinasMeetingsAreTheDialogueWithJapanAndTheTrilateralSummit() {
        JsonPath data = country("CN");
        assertEquals(List.of("China–Japan high-level economic dialogue", "China–Japan–South Korea trilateral summit"),
                data.getList("country.meetings.title"));
    }

    @Test
    void southKoreasMeetingsComeInDateOrder() {
        JsonPath data = country("KR");
        assertEquals(List.of("U.S. review of the U.S.–South Korea free trade agreement",
                "China–Japan–South Korea trilateral summit"), data.getList("country.meetings.title"));
        assertEquals(List.of("2017-01-01", "2018-05-01"), data.getList("country.meetings.startDate.date"));
    }

    @Test
    void japansMeetingsAllIncludeJapanAndComeInDateOrder() {
        JsonPath data = country("JP");
        List<List<String>> countries = data.getList("country.meetings.countries.code");
        assertEquals(23, countries.size(), "every meeting but the U.S.–South Korea FTA review");
        countries.forEach(codes -> assertTrue(codes.contains("JP"), "Japan took part: " + codes));
        assertInDateOrder(data.getList("country.meetings.startDate.date"));
        assertTrue(data.getList("country.meetings.title").contains("Clinton–Hosokawa White House summit"));
        assertTrue(data.getList("country.meetings.title").contains("China–Japan high-level economic dialogue"));
    }

    @Test
    void theUnitedStatesImposedEveryTariffAndFacesNone() {
        JsonPath data = country("US");
        assertEquals(7, data.getList("country.tariffsImposed").size());
        assertTrue(data.getList("country.tariffsImposed.imposedBy.code").stream().allMatch("US"::equals));
        assertTrue(data.getList("country.tariffsFaced").isEmpty());
    }

    @Test
    void japanFacesUsSteelAluminumAndAutoTariffsAndImposesNone() {
        JsonPath data = country("JP");
        List<String> products = data.getList("country.tariffsFaced.product");
        assertEquals(3, products.size());
        assertEquals(Set.of("steel", "aluminum", "automobiles (imported cars)"), Set.copyOf(products));
        assertTrue(data.getList("country.tariffsFaced.imposedBy.code").stream().allMatch("US"::equals));
        List<List<String>> targets = data.getList("country.tariffsFaced.targets.code");
        targets.forEach(codes -> assertTrue(codes.contains("JP")));
        assertTrue(data.getList("country.tariffsImposed").isEmpty());
    }

    @Test
    void chinaFacesTariffsInForceAndSouthKoreaExemptions() {
        JsonPath china = country("CN");
        assertEquals(Set.of("steel", "aluminum"), Set.copyOf(china.getList("country.tariffsFaced.product")));
        assertEquals(List.of("IN_FORCE", "IN_FORCE"), china.getList("country.tariffsFaced.status"));
        JsonPath korea = country("KR");
        assertEquals(Set.of("steel", "aluminum"), Set.copyOf(korea.getList("country.tariffsFaced.product")));
        assertEquals(List.of("EXEMPTED", "EXEMPTED"), korea.getList("country.tariffsFaced.status"));
    }

    private static JsonPath country(String code) {
        return GraphQL.data(COUNTRY, Map.of("code", code));
    }

    private static void assertInDateOrder(List<String> dates) {
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "in date order");
    }
}
