package org.tradetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;

/** Free-text search over officials, meetings, tariffs and statements, answered as a union. */
@QuarkusTest
class SearchQueriesTest {

    private static final String SEARCH = """
            query($text: String!, $first: Int) {
              search(text: $text, first: $first) {
                __typename
                ... on Official { id name }
                ... on Meeting { id title }
                ... on Tariff { id product targets { code } }
                ... on Statement { id kind text quote }
              }
            }""";

    private static final List<String> KIND_ORDER = List.of("Official", "Meeting", "Tariff", "Statement");

    @Test
    void anAliasFindsTheOfficialUnderTheCorrectName() {
        List<Map<String, Object>> results = search("Dai Qi");
        assertEquals(List.of(Map.of("__typename", "Official", "id", Lookup.officialId("Katherine Tai"), "name", "Katherine Tai")),
                results);
    }

    @Test
    void nameSearchIgnoresCaseAndAccents() {
        assertEquals(List.of("Official:Taro Kono"), labels(search("KŌNO")));
        assertEquals(List.of("Official:Gina Raimondo"), labels(search("raymondo")));
    }

    @Test
    void aMeetingIsFoundByItsTitle() {
        List<Map<String, Object>> results = search("Mar-a-Lago");
        assertEquals(List.of("Meeting:Abe–Trump summit at Mar-a-Lago"), labels(results));
        assertEquals(Lookup.meetingId("Abe–Trump summit at Mar-a-Lago"), results.get(0).get("id"));
    }

    @Test
    void aMeetingIsFoundByATopicNotInItsTitle() {
        // "trade imbalance" is a topic of these two and appears in no title, location or outcome
        assertEquals(List.of("Meeting:July economic summit", "Meeting:U.S.–Japan exploratory trade talks"),
                labels(search("Trade Imbalance")).stream().sorted().toList());
    }

    @Test
    void aTariffIsFoundByItsProduct() {
        List<Map<String, Object>> tariffs = ofKind(search("aluminum"), "Tariff");
        assertEquals(3, tariffs.size());
        tariffs.forEach(tariff -> assertEquals("aluminum", tariff.get("product")));
        List<Object> targets = tariffs.stream().map(tariff -> tariff.get("targets")).toList();
        assertTrue(targets.containsAll(List.of(List.of(Map.of("code", "JP")), List.of(Map.of("code", "CN")),
                List.of(Map.of("code", "KR")))), "aluminum tariffs on Japan, China and South Korea: " + targets);
    }

    @Test
    void aTariffIsFoundByItsLegalBasis() {
        List<Map<String, Object>> results = search("section 232");
        assertEquals(7, results.size());
        assertTrue(results.stream().allMatch(result -> "Tariff".equals(result.get("__typename"))));
    }

    @Test
    void aStatementIsFoundByAPhraseWithAStraightApostrophe() {
        assertEquals(List.of("Statement:We are obviously hopeful that the talks will get back on track, but the ball’s in their court"),
                labels(search("ball's in their court")));
    }

    @Test
    void anAnonymousStatementIsFoundByItsSpeakerDescription() {
        List<Map<String, Object>> statements = ofKind(search("Japanese government source"), "Statement");
        assertEquals(List.of("likely has an ulterior motive — to win Japan over and weaken"),
                statements.stream().map(statement -> statement.get("quote")).toList());
    }

    @Test
    void resultsComeOfficialsFirstThenMeetingsTariffsAndStatements() {
        List<Map<String, Object>> kantor = search("Kantor");
        assertEquals(List.of("Official:Mickey Kantor", "Meeting:Kakizawa–Kantor telephone call"), labels(kantor));
        assertKindOrder(search("steel"));
        assertKindOrder(search("trade"));
        List<String> steelKinds = search("steel").stream().map(result -> (String) result.get("__typename")).distinct().toList();
        assertEquals(List.of("Meeting", "Tariff", "Statement"), steelKinds, "and the Chinese diplomats' reported words");
    }

    @Test
    void firstCapsTheResultsOverAllKinds() {
        List<Map<String, Object>> all = search("trade", 100);
        assertTrue(ofKind(all, "Meeting").size() > 2 && ofKind(all, "Statement").size() > 2, "enough to cap: " + labels(all));
        assertEquals(all.subList(0, 2), search("trade", 2), "the first two results, whatever their kind");
        int meetingsAndBefore = all.size() - ofKind(all, "Tariff").size() - ofKind(all, "Statement").size();
        assertEquals(all.subList(0, meetingsAndBefore + 1), search("trade", meetingsAndBefore + 1),
                "a cap past the meetings reaches into the next kind");
        assertEquals(5, search("steel", 5).size(), "search(first: 5) returns 5 results, not 5 of each kind");
    }

    @Test
    void theDefaultCapIsTenResults() {
        List<Map<String, Object>> all = search("trade", 100);
        assertTrue(all.size() > 10, "more than ten results mention trade");
        assertEquals(all.subList(0, 10), search("trade"));
    }

    @Test
    void textMatchingNothingGivesAnEmptyList() {
        assertEquals(List.of(), search("Hosokawa Morihiro"));
    }

    private static void assertKindOrder(List<Map<String, Object>> results) {
        List<Integer> positions = new ArrayList<>();
        results.forEach(result -> positions.add(KIND_ORDER.indexOf(result.get("__typename"))));
        List<Integer> sorted = new ArrayList<>(positions);
        Collections.sort(sorted);
        assertEquals(sorted, positions, "kinds in the order officials, meetings, tariffs, statements");
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> results, String typename) {
        return results.stream().filter(result -> typename.equals(result.get("__typename"))).toList();
    }

    private static List<String> labels(List<Map<String, Object>> results) {
        return results.stream().map(result -> result.get("__typename") + ":" + (result.containsKey("name") ? result.get("name")
                : result.containsKey("title") ? result.get("title")
                : result.containsKey("product") ? result.get("product") : result.get("text"))).toList();
    }

    private static List<Map<String, Object>> search(String text) {
        return GraphQL.data(SEARCH, Map.of("text", text)).getList("search");
    }

    private static List<Map<String, Object>> search(String text, int first) {
        return GraphQL.data(SEARCH, Map.of("text", text, "first", first)).getList("search");
    }
}
