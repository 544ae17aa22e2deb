package org.tradetalks.questions;

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

/**
 * The questions an analyst asks first, each answered by one query against the curated data, as a client sends it.
 */
@QuarkusTest
class AnalystQuestionsTest {

    @Test
    void whoAttendedTheMostMeetings() {
        JsonPath data = GraphQL.data("""
                { officials(orderBy: MEETINGS_HELD_DESC, first: 4) {
                    edges { node { name attended: meetingCount(status: [HELD]) all: meetingCount
                                   meetings(status: [HELD]) { title status } } } } }""");
        List<Map<String, Object>> top = data.getList("officials.edges.node");
        assertEquals("Gina Raimondo", top.get(0).get("name"));
        assertEquals(3, top.get(0).get("attended"));
        assertEquals(List.of(3, 2, 2, 2), top.stream().map(official -> official.get("attended")).toList());
        assertEquals(List.of("Gina Raimondo", "Koichi Hagiuda", "Mike Pence", "Taro Aso"),
                top.stream().map(official -> official.get("name")).toList(), "ties by name");
        for (Map<String, Object> official : top) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> held = (List<Map<String, Object>>) official.get("meetings");
            assertEquals(official.get("attended"), held.size(), "the count is the length of the filtered list");
            held.forEach(meeting -> assertEquals("HELD", meeting.get("status")));
        }
        assertEquals(3, top.get(2).get("all"), "Pence's count with the scheduled next round");
    }

    @Test
    void theSameNestedFieldWithDifferentArgumentsIsAnsweredForEachAlias() {
        JsonPath pence = GraphQL.data("""
                query($id: ID!) { official(id: $id) {
                    held: meetings(status: [HELD]) { title } scheduled: meetings(status: [SCHEDULED]) { title } all: meetings { title }
                    quotes: statementCount(kind: [QUOTE]) paraphrases: statementCount(kind: [PARAPHRASE]) statementCount } }""",
                Map.of("id", Lookup.officialId("Mike Pence"))).setRootPath("data.official");
        assertEquals(2, pence.getList("held").size());
        assertEquals(List.of("Japan–U.S. Economic Dialogue, next round in the U.S."), pence.getList("scheduled.title"));
        assertEquals(3, pence.getList("all").size());
        assertEquals(3, pence.getInt("quotes"));
        assertEquals(3, pence.getInt("paraphrases"));
        assertEquals(6, pence.getInt("statementCount"));
    }

    @Test
    void officialsPageTheSameWayInBothDirections() {
        for (String order : List.of("NAME_ASC", "NAME_DESC", "MEETINGS_HELD_DESC", "MEETINGS_HELD_ASC")) {
            List<String> whole = names(order, 100, null).getList("officials.edges.node.name");
            List<String> paged = new ArrayList<>();
            String after = null;
            do {
                JsonPath page = names(order, 5, after);
                paged.addAll(page.getList("officials.edges.node.name"));
                after = page.getBoolean("officials.pageInfo.hasNextPage") ? page.getString("officials.pageInfo.endCursor") : null;
            } while (after != null);
            assertEquals(24, whole.size());
            assertEquals(whole, paged, order + ": pages put together give the whole list");
        }
        assertReversed(names("NAME_ASC", 100, null).getList("officials.edges.node.name"),
                names("NAME_DESC", 100, null).getList("officials.edges.node.name"));
        assertReversed(names("MEETINGS_HELD_DESC", 100, null).getList("officials.edges.node.name"),
                names("MEETINGS_HELD_ASC", 100, null).getList("officials.edges.node.name"));
    }

    @Test
    void whatStandsToday() {
        JsonPath data = GraphQL.data("""
                { tariffs(filter: {status: [IN_FORCE, UNDER_NEGOTIATION]}, orderBy: ANNOUNCED_DESC) {
                    totalCount
                    edges { node { product status imposedBy { code } targets { code } ratePercent rateOrigin
                                   statusSince { text } statusAsOf { text } statusSource { reference } } } } }""");
        assertEquals(4, data.getInt("tariffs.totalCount"), "steel and aluminum on Japan (negotiated) and on China (in force)");
        List<Map<String, Object>> tariffs = data.getList("tariffs.edges.node");
        assertEquals(Set.of("IN_FORCE", "UNDER_NEGOTIATION"), Set.copyOf(tariffs.stream().map(t -> t.get("status")).toList()));
        Map<String, Object> steelOnJapan = tariffs.stream().filter(t -> "steel".equals(t.get("product"))
                && List.of(Map.of("code", "JP")).equals(t.get("targets"))).findFirst().orElseThrow();
        assertEquals("UNDER_NEGOTIATION", steelOnJapan.get("status"));
        assertEquals(Map.of("text", "2021-11-15"), steelOnJapan.get("statusSince"));
        assertEquals(Map.of("text", "2021-11-19"), steelOnJapan.get("statusAsOf"), "as of the 2021 article");
        assertEquals(Map.of("reference", "001_9baff797f5cba51d.txt"), steelOnJapan.get("statusSource"));
        Map<String, Object> steelOnChina = tariffs.stream().filter(t -> "steel".equals(t.get("product"))
                && List.of(Map.of("code", "CN")).equals(t.get("targets"))).findFirst().orElseThrow();
        assertEquals(Map.of("text", "2018-04-14"), steelOnChina.get("statusAsOf"), "no article after April 2018 says more");
    }

    @Test
    void tariffsSortByAnnouncementWithUnknownDatesLastBothWays() {
        String query = "query($order: TariffOrder) { tariffs(orderBy: $order) { edges { node { id announced { text } } } } }";
        List<Map<String, Object>> ascending = GraphQL.data(query, Map.of("order", "ANNOUNCED_ASC")).getList("tariffs.edges.node");
        List<Map<String, Object>> descending = GraphQL.data(query, Map.of("order", "ANNOUNCED_DESC")).getList("tariffs.edges.node");
        assertNull(ascending.get(ascending.size() - 1).get("announced"), "the threatened auto tariff has no date: last");
        assertNull(descending.get(descending.size() - 1).get("announced"), "and last when newest come first too");
        List<Object> datedAscending = ascending.subList(0, 6).stream().map(t -> t.get("id")).toList();
        List<Object> datedDescending = new ArrayList<>(descending.subList(0, 6).stream().map(t -> t.get("id")).toList());
        Collections.reverse(datedDescending);
        assertEquals(datedAscending, datedDescending, "the dated ones in exactly reverse order");
    }

    @Test
    void whichArticleGivesThe25PercentRate() {
        JsonPath data = GraphQL.data("""
                { tariffs(filter: {product: "automobiles"}) { edges { node {
                    ratePercent rateOrigin rateSource { reference publisher } rateFigure { quote amount unit rateOf { product } } } } }
                  steel: tariffs(filter: {product: "steel", target: ["JP"]}) { edges { node {
                    ratePercent rateOrigin rateSource { reference } rateFigure { quote } note } } } }""");
        JsonPath autos = data.setRootPath("data.tariffs.edges[0].node");
        assertEquals("SOURCE", autos.getString("rateOrigin"));
        assertEquals("004_f0ac3d3789b12f84.txt", autos.getString("rateSource.reference"));
        assertEquals("tariffs of 25 percent on imported cars", autos.getString("rateFigure.quote"));
        assertEquals("PERCENT", autos.getString("rateFigure.unit"));
        assertEquals(List.of("automobiles (imported cars)"), autos.getList("rateFigure.rateOf.product"), "and back");
        JsonPath steel = data.setRootPath("data.steel.edges[0].node");
        assertEquals("PUBLIC_RECORD", steel.getString("rateOrigin"));
        assertNull(steel.get("rateSource"), "no article states the steel rate");
        assertNull(steel.get("rateFigure"));
        assertTrue(steel.getString("note").contains("public record"));
    }

    @Test
    void figuresAreFilteredByCountryUnitAndArticle() {
        List<Map<String, Object>> balances = GraphQL.data("""
                { figures(filter: {country: "JP", unit: [USD_BILLION]}) { quote amount source { reference } } }""")
                .getList("figures");
        assertEquals(List.of("$60-billion trade imbalance", "$68.9 billion trade deficit with Japan last year",
                "US$69 billion trade surplus with the US"), balances.stream().map(figure -> figure.get("quote")).toList());
        assertEquals(4, GraphQL.data("query($s: ID) { figures(filter: {source: $s}) { id } }",
                Map.of("s", Lookup.sourceId("000"))).getList("figures").size());
    }

    @Test
    void theUsJapanTimelineOf2021() {
        JsonPath data = GraphQL.data("""
                { timeline(countries: ["US", "JP"], from: "2021", to: "2021", first: 20) {
                    totalCount edges { node { kind date { text precision } summary } } } }""");
        assertEquals(9, data.getInt("timeline.totalCount"));
        assertEquals("2021", data.getString("timeline.edges[0].node.date.text"),
                "the proposal dated only to 2021 sorts on 1 January 2021");
        assertEquals("YEAR", data.getString("timeline.edges[0].node.date.precision"));
        assertEquals(List.of("MEETING", "MEETING", "MEETING", "MEETING", "MEETING", "MEETING", "MEETING", "TARIFF_EVENT",
                "TARIFF_EVENT"), data.getList("timeline.edges.node.kind"));
    }

    @Test
    void bilateralMeetingsOnly() {
        String query = "query($only: Boolean) { meetings(filter: {countries: [\"CN\", \"JP\"], onlyCountries: $only}) "
                + "{ edges { node { title countries { code } } } } }";
        assertEquals(List.of("China–Japan high-level economic dialogue", "China–Japan–South Korea trilateral summit"),
                GraphQL.data(query, Map.of("only", false)).getList("meetings.edges.node.title"));
        JsonPath bilateral = GraphQL.data(query, Map.of("only", true));
        assertEquals(List.of("China–Japan high-level economic dialogue"), bilateral.getList("meetings.edges.node.title"));
        assertEquals(List.of(List.of("CN", "JP")), bilateral.getList("meetings.edges.node.countries.code"));
    }

    @Test
    void multiValueFiltersMatchAnyOfTheirValues() {
        assertEquals(Set.of("PROPOSED", "SCHEDULED"), Set.copyOf(GraphQL.data("""
                { meetings(filter: {status: [PROPOSED, SCHEDULED]}, first: 100) { edges { node { status } } } }""")
                .getList("meetings.edges.node.status")));
        assertEquals(7, GraphQL.data("{ meetings(filter: {kind: [PHONE_CALL, VISIT, SUMMIT]}, first: 100) { totalCount } }")
                .getInt("meetings.totalCount"), "one phone call, one visit and five summits");
        assertEquals(4, GraphQL.data("{ tariffs(filter: {target: [\"CN\", \"KR\"]}) { totalCount } }").getInt("tariffs.totalCount"));
        assertEquals(10, GraphQL.data("{ officials(filter: {country: [\"JP\"]}, first: 100) { totalCount } }")
                .getInt("officials.totalCount"));
        assertEquals(12, GraphQL.data("{ officials(filter: {country: [\"JP\", \"CN\"]}, first: 100) { totalCount } }")
                .getInt("officials.totalCount"));
    }

    @Test
    void meetingsPerYearAndPerCountryPair() {
        JsonPath data = GraphQL.data("""
                { perYear: meetingCounts(by: [YEAR], filter: {status: [HELD]}) { year count }
                  perPair: meetingCounts(by: [COUNTRY_PAIR]) { countries count }
                  perPairAndYear: meetingCounts(by: [COUNTRY_PAIR, YEAR], filter: {countries: ["US", "JP"]}) { countries year count } }""");
        assertEquals(List.of(Map.of("year", 1994, "count", 2), Map.of("year", 2017, "count", 3), Map.of("year", 2018, "count", 1),
                Map.of("year", 2021, "count", 6)), data.getList("perYear"));
        assertEquals(List.of(Map.of("countries", List.of("CN", "JP"), "count", 2), Map.of("countries", List.of("CN", "KR"), "count", 1),
                Map.of("countries", List.of("JP", "KR"), "count", 1), Map.of("countries", List.of("JP", "US"), "count", 21),
                Map.of("countries", List.of("KR", "US"), "count", 1)), data.getList("perPair"));
        List<Map<String, Object>> usJapan = data.getList("perPairAndYear");
        assertEquals(21, usJapan.stream().filter(group -> List.of("JP", "US").equals(group.get("countries")))
                .mapToInt(group -> (Integer) group.get("count")).sum(), "the groups add up to the pair's meetings");
        assertEquals(GraphQL.data("{ meetings(filter: {countries: [\"US\", \"JP\"], from: \"2017\", to: \"2017\"}) { totalCount } }")
                .getInt("meetings.totalCount"), usJapan.stream().filter(group -> Integer.valueOf(2017).equals(group.get("year")))
                .mapToInt(group -> (Integer) group.get("count")).sum(), "a year's group is what a year's filter counts");
    }

    @Test
    void tariffEventsPerYearAndPerCountryPair() {
        JsonPath data = GraphQL.data("""
                { perYearAndPair: tariffEventCounts(by: [YEAR, COUNTRY_PAIR]) { year countries count }
                  byTarget: tariffEventCounts(by: [TARGET, STATUS], filter: {from: "2021"}) { target status count } }""");
        assertEquals(List.of(Map.of("year", 2018, "countries", List.of("CN", "US"), "count", 2),
                Map.of("year", 2018, "countries", List.of("JP", "US"), "count", 3),
                Map.of("year", 2018, "countries", List.of("KR", "US"), "count", 2),
                Map.of("year", 2021, "countries", List.of("JP", "US"), "count", 2)), data.getList("perYearAndPair"));
        assertEquals(List.of(Map.of("target", "JP", "status", "UNDER_NEGOTIATION", "count", 2)), data.getList("byTarget"));
    }

    @Test
    void whatRubinSaid() {
        JsonPath data = GraphQL.data("""
                { statements(filter: {speakerName: "Robert E. Rubin"}) {
                    edges { node { kind quote text speaker { name } source { reference } } } } }""");
        assertEquals(List.of("PARAPHRASE", "PARAPHRASE"), data.getList("statements.edges.node.kind"));
        assertEquals(java.util.Arrays.asList(null, null), data.getList("statements.edges.node.quote"),
                "reported speech is never offered as a quotation");
        assertTrue(data.getList("statements.edges.node.text").contains(
                "the President still wants a strong deal in line with last year’s so-called framework accord"));
    }

    @Test
    void searchReturnsAtMostFirstResultsInAll() {
        List<Object> results = GraphQL.data("{ search(text: \"steel\", first: 5) { __typename } }").getList("search");
        assertEquals(5, results.size());
    }

    private static JsonPath names(String order, int first, String after) {
        return GraphQL.data("""
                query($order: OfficialOrder, $first: Int, $after: String) {
                  officials(orderBy: $order, first: $first, after: $after) {
                    edges { node { name } } pageInfo { hasNextPage endCursor } } }""",
                Lookup.vars("order", order, "first", first, "after", after));
    }

    private static void assertReversed(List<String> list, List<String> reversedList) {
        List<String> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        assertEquals(reversed, reversedList);
        assertFalse(list.isEmpty());
    }
}
