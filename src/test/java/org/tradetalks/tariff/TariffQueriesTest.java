package org.tradetalks.tariff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One tariff by id, the tariffs list under each filter field, and a tariff's nested data. */
@QuarkusTest
class TariffQueriesTest {

    private static final String TARIFFS = """
            query($filter: TariffFilter) {
              tariffs(filter: $filter, first: 100) {
                totalCount
                edges { node { product status ratePercent rateOrigin imposedBy { code } targets { code } } }
              }
            }""";

    private static final String TARIFF = """
            query($id: ID!) {
              tariff(id: $id) {
                id product ratePercent rateOrigin legalBasis status note
                announced { text precision }
                effective { text precision }
                imposedBy { code name }
                targets { code name }
                meetings { title startDate { date } }
                events { status description date { date text precision } source { reference } tariff { id product } }
                sources { reference }
              }
            }""";

    private static final String AUTOS = "automobiles (imported cars)";

    @Test
    void tariffByIdGivesRateLegalBasisStatusAndDates() {
        JsonPath data = tariff("steel", "JP");
        assertEquals("steel", data.getString("tariff.product"));
        assertAmount("25", data.get("tariff.ratePercent"));
        assertEquals("Section 232", data.getString("tariff.legalBasis"));
        assertEquals("UNDER_NEGOTIATION", data.getString("tariff.status"));
        assertEquals("2018-03-08", data.getString("tariff.announced.text"));
        assertEquals("2018-03-23", data.getString("tariff.effective.text"));
        assertEquals("US", data.getString("tariff.imposedBy.code"));
        assertEquals("United States", data.getString("tariff.imposedBy.name"));
        assertEquals(List.of("JP"), data.getList("tariff.targets.code"));
        assertEquals(List.of("Japan"), data.getList("tariff.targets.name"));
    }

    @Test
    void imposedByFilterGivesTheImposingCountrysTariffs() {
        JsonPath us = tariffs(Map.of("imposedBy", "US"));
        assertEquals(7, us.getInt("tariffs.totalCount"));
        assertTrue(us.getList("tariffs.edges.node.imposedBy.code").stream().allMatch("US"::equals));
        assertEquals(0, tariffs(Map.of("imposedBy", "JP")).getInt("tariffs.totalCount"));
        assertEquals(0, tariffs(Map.of("imposedBy", "cn")).getInt("tariffs.totalCount"));
    }

    @Test
    void targetFilterGivesTheTariffsACountryFaces() {
        assertEquals(List.of("aluminum", AUTOS, "steel"), products(Map.of("target", "JP")));
        assertEquals(List.of("aluminum", "steel"), products(Map.of("target", "cn")));
        assertEquals(List.of(), products(Map.of("target", "US")));
    }

    @Test
    void statusFilterGivesTariffsWithThatStatus() {
        JsonPath exempted = tariffs(Map.of("status", "EXEMPTED"));
        assertEquals(List.of(List.of("KR"), List.of("KR")), exempted.getList("tariffs.edges.node.targets.code"));
        assertEquals(List.of(AUTOS), products(Map.of("status", "THREATENED")));
        JsonPath inForce = tariffs(Map.of("status", "IN_FORCE"));
        assertEquals(List.of(List.of("CN"), List.of("CN")), inForce.getList("tariffs.edges.node.targets.code"));
        JsonPath negotiating = tariffs(Map.of("status", "UNDER_NEGOTIATION"));
        assertEquals(List.of(List.of("JP"), List.of("JP")), negotiating.getList("tariffs.edges.node.targets.code"));
        assertEquals(0, tariffs(Map.of("status", "LIFTED")).getInt("tariffs.totalCount"));
    }

    @Test
    void productFilterMatchesPartOfTheProductIgnoringCase() {
        JsonPath aluminum = tariffs(Map.of("product", "ALUMIN"));
        assertEquals(3, aluminum.getInt("tariffs.totalCount"));
        assertTrue(aluminum.getList("tariffs.edges.node.product").stream().allMatch("aluminum"::equals));
        assertEquals(List.of(AUTOS), products(Map.of("product", "cars")));
        assertEquals(List.of(), products(Map.of("product", "rice")));
    }

    @Test
    void everyGivenFilterFieldMustMatch() {
        JsonPath chinaInForce = tariffs(Map.of("imposedBy", "US", "target", "CN", "status", "IN_FORCE"));
        assertEquals(2, chinaInForce.getInt("tariffs.totalCount"));
        assertEquals(List.of("aluminum", "steel"), products(Map.of("imposedBy", "US", "target", "CN", "status", "IN_FORCE")));
        assertEquals(List.of("steel"), products(Map.of("product", "steel", "target", "KR")));
        assertEquals(List.of(), products(Map.of("status", "EXEMPTED", "target", "JP")));
    }

    @Test
    void rateOriginSaysWhetherTheRateComesFromTheArticle() {
        JsonPath all = tariffs(null);
        List<Map<String, Object>> nodes = all.getList("tariffs.edges.node");
        for (Map<String, Object> node : nodes) {
            String expected = AUTOS.equals(node.get("product")) ? "SOURCE" : "PUBLIC_RECORD";
            assertEquals(expected, node.get("rateOrigin"), "rate origin of " + node);
        }
        JsonPath autos = tariff(AUTOS, "JP");
        assertEquals("SOURCE", autos.getString("tariff.rateOrigin"));
        assertAmount("25", autos.get("tariff.ratePercent"));
        JsonPath aluminum = tariff("aluminum", "JP");
        assertEquals("PUBLIC_RECORD", aluminum.getString("tariff.rateOrigin"));
        assertAmount("10", aluminum.get("tariff.ratePercent"));
    }

    @Test
    void eventsComeInDateOrderAndEndInTheCurrentStatus() {
        JsonPath data = tariff("steel", "JP");
        assertEquals(List.of("2018-03", "2021-11-15"), data.getList("tariff.events.date.text"));
        assertEquals(List.of("MONTH", "DAY"), data.getList("tariff.events.date.precision"));
        assertEquals(List.of("IN_FORCE", "UNDER_NEGOTIATION"), data.getList("tariff.events.status"));
        assertEquals(data.getString("tariff.status"), data.getString("tariff.events[-1].status"));
        assertTrue(data.getString("tariff.events[0].source.reference").startsWith("002_"));
        assertTrue(data.getString("tariff.events[1].source.reference").startsWith("001_"));
        assertEquals(List.of(data.getString("tariff.id"), data.getString("tariff.id")), data.getList("tariff.events.tariff.id"));
    }

    @Test
    void southKoreasExemptionHasOneEventAndNoEffectiveDate() {
        JsonPath data = tariff("aluminum", "KR");
        assertEquals("EXEMPTED", data.getString("tariff.status"));
        assertNull(data.get("tariff.effective"));
        assertEquals(List.of("EXEMPTED"), data.getList("tariff.events.status"));
        assertEquals("2018-03", data.getString("tariff.events[0].date.text"));
        assertTrue(data.getString("tariff.events[0].description").contains("South Korea"));
    }

    @Test
    void theThreatenedAutoTariffHasNoDatesAndOneThreatEvent() {
        JsonPath data = tariff(AUTOS, "JP");
        assertEquals("THREATENED", data.getString("tariff.status"));
        assertNull(data.get("tariff.announced"));
        assertNull(data.get("tariff.effective"));
        assertEquals(List.of("THREATENED"), data.getList("tariff.events.status"));
        assertEquals("2018-08", data.getString("tariff.events[0].date.text"));
    }

    @Test
    void meetingsWhereTheTariffWasOnTheAgendaComeInDateOrder() {
        assertEquals(List.of("China–Japan high-level economic dialogue", "Abe–Trump summit at Mar-a-Lago",
                "China–Japan–South Korea trilateral summit", "U.S.–Japan negotiations on steel and aluminum tariffs",
                "Raimondo–Hagiuda talks in Tokyo"), tariff("steel", "JP").getList("tariff.meetings.title"));
        assertEquals(List.of("Motegi–Lighthizer trade talks in Washington"), tariff(AUTOS, "JP").getList("tariff.meetings.title"));
        assertEquals(List.of(), tariff("steel", "KR").getList("tariff.meetings"));
    }

    @Test
    void sourcesAreTheArticlesReportingTheTariff() {
        assertEquals(List.of("001", "002"), articleNumbers(tariff("steel", "JP")));
        assertEquals(List.of("001", "004"), articleNumbers(tariff(AUTOS, "JP")));
        assertEquals(List.of("002"), articleNumbers(tariff("steel", "CN")));
    }

    private static List<String> articleNumbers(JsonPath tariff) {
        return tariff.<String>getList("tariff.sources.reference").stream().map(ref -> ref.substring(0, 3)).sorted().toList();
    }

    private static void assertAmount(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                "expected " + expected + " but was " + actual);
    }

    private static JsonPath tariff(String product, String target) {
        return GraphQL.data(TARIFF, Map.of("id", Lookup.tariffId(product, target)));
    }

    private static JsonPath tariffs(Map<String, Object> filter) {
        return GraphQL.data(TARIFFS, Lookup.vars("filter", filter));
    }

    private static List<String> products(Map<String, Object> filter) {
        return tariffs(filter).<String>getList("tariffs.edges.node.product").stream().sorted().toList();
    }
}
