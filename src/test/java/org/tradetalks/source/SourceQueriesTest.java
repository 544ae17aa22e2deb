package org.tradetalks.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The five articles, oldest first, and what each one supports: officials, meetings, tariffs, statements, figures. */
@QuarkusTest
class SourceQueriesTest {

    private static final String SOURCE = """
            query($id: ID!) {
              source(id: $id) {
                id title publisher byline reference note
                published { date precision text }
                officials { name }
                meetings { title startDate { date } sources { reference } }
                tariffs { product targets { code } }
                statements { quote date { date } source { reference } }
                figures { quote amount unit description asOf { text } country { code } partner { code } source { reference } }
              }
            }""";

    @Test
    void sourcesAreTheFiveArticlesOldestFirst() {
        JsonPath data = GraphQL.data("{ sources { reference published { date text precision } } }");
        List<String> numbers = data.<String>getList("sources.reference").stream().map(ref -> ref.substring(0, 3)).toList();
        assertEquals(List.of("000", "003", "002", "004", "001"), numbers);
        assertEquals(List.of("1994-05", "2017-04-18", "2018-04-14", "2018-08-12", "2021-11-19"),
                data.getList("sources.published.text"));
        assertEquals("MONTH", data.getString("sources[0].published.precision"), "the 1994 article is dated to the month only");
    }

    @Test
    void sourceByIdGivesTitlePublisherAndPublicationDate() {
        JsonPath data = source("000");
        assertEquals("U.S., Japan to Open Trade Talks : Pacific Rim: In effort to end stalemate, the two countries "
                + "will try to close gap before a July summit.", data.getString("source.title"));
        assertEquals("Los Angeles Times (from Reuters)", data.getString("source.publisher"));
        assertNull(data.get("source.byline"), "the article credits no author");
        assertEquals(Map.of("date", "1994-05-01", "precision", "MONTH", "text", "1994-05"), data.getMap("source.published"));
        assertEquals("000_d59fae72f757365a.txt", data.getString("source.reference"));
    }

    @Test
    void bylinesAreGivenWhereTheArticlePrintsOne() {
        assertEquals("Staff writer Tomohiro Osaki", source("003").getString("source.byline"));
        assertEquals("admin", source("001").getString("source.byline"));
        assertEquals("Reuters", source("004").getString("source.publisher"));
    }

    @Test
    void officialsAreThoseTheArticleMentionsByName() {
        assertEquals(List.of("Bill Clinton", "Eijiro Hata", "Koji Kakizawa", "Mickey Kantor", "Robert Rubin"),
                sorted(source("000").getList("source.officials.name")));
        assertEquals(List.of("Donald Trump", "Mike Pence", "Robert Lighthizer", "Taro Aso", "Toshimitsu Motegi"),
                sorted(source("004").getList("source.officials.name")));
        assertEquals(List.of("Donald Trump", "Gina Raimondo", "Hirokazu Matsuno", "Joe Biden", "Katherine Tai",
                "Koichi Hagiuda", "Yoshimasa Hayashi"), sorted(source("001").getList("source.officials.name")));
    }

    @Test
    void meetingsAreThoseTheArticleReportsInDateOrder() {
        JsonPath data = source("000");
        List<String> titles = data.getList("source.meetings.title");
        assertEquals(5, titles.size());
        assertEquals(Set.of("Kakizawa visit to Washington to break the impasse", "Clinton–Hosokawa White House summit",
                "U.S.–Japan exploratory trade talks", "Kakizawa–Kantor telephone call", "July economic summit"), Set.copyOf(titles));
        assertEquals("July economic summit", titles.get(4), "the July summit is still ahead");
        assertInDateOrder(data.getList("source.meetings.startDate.date"));
        List<List<String>> references = data.getList("source.meetings.sources.reference");
        references.forEach(refs -> assertTrue(refs.contains("000_d59fae72f757365a.txt")));
    }

    @Test
    void aMeetingReportedByLaterArticlesIsListedUnderEachOfThem() {
        String dialogue = "Japan–U.S. Economic Dialogue (Aso–Pence)";
        for (String article : List.of("002", "003", "004")) {
            assertTrue(source(article).getList("source.meetings.title").contains(dialogue), article + " reports " + dialogue);
        }
        assertFalse(source("001").getList("source.meetings.title").contains(dialogue));
    }

    @Test
    void tariffsAreThoseTheArticleReports() {
        assertEquals(6, source("002").getList("source.tariffs").size(), "steel and aluminum on Japan, China, South Korea");
        assertEquals(Set.of(List.of("JP"), List.of("CN"), List.of("KR")), Set.copyOf(source("002").getList("source.tariffs.targets.code")));
        assertEquals(List.of("automobiles (imported cars)"), source("004").getList("source.tariffs.product"));
        assertEquals(List.of("aluminum", "automobiles (imported cars)", "steel"), sorted(source("001").getList("source.tariffs.product")));
        assertEquals(List.of(), source("000").getList("source.tariffs"), "the 1994 article reports no tariff");
    }

    @Test
    void statementsAreTheQuotesTheArticlePrintsInDateOrder() {
        JsonPath data = source("000");
        List<String> quotes = data.<String>getList("source.statements.quote").stream().filter(quote -> quote != null).toList();
        assertEquals(5, quotes.size());
        assertEquals(11, data.getList("source.statements").size(), "5 quotes and 6 paraphrases");
        assertTrue(quotes.contains("We’ll explore whatever they will come up with"));
        assertFalse(quotes.contains("objective criteria"), "a term, not a statement");
        assertTrue(data.getList("source.statements.source.reference").stream().allMatch(ref -> ref.equals("000_d59fae72f757365a.txt")));
        JsonPath reuters = source("004");
        assertEquals(13, reuters.getList("source.statements").size(), "7 quotes and 6 paraphrases");
        assertInDateOrder(reuters.getList("source.statements.date.date"));
    }

    @Test
    void figuresAreTheNumbersTheArticleStates() {
        JsonPath data = source("003");
        List<Map<String, Object>> figures = data.getList("source.figures");
        assertEquals(Set.of("$68.9 billion trade deficit with Japan last year", "5-year-old free trade agreement with South Korea",
                "10-day tour of Asia", "12-nation TPP pact"), Set.copyOf(data.getList("source.figures.quote")));
        Map<String, Object> deficit = figures.stream()
                .filter(figure -> figure.get("quote").toString().startsWith("$68.9")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("68.9").compareTo(new BigDecimal(String.valueOf(deficit.get("amount")))));
        assertEquals("USD_BILLION", deficit.get("unit"));
        assertEquals(Map.of("text", "2016"), deficit.get("asOf"));
        assertEquals(Map.of("code", "US"), deficit.get("country"));
        assertEquals(Map.of("code", "JP"), deficit.get("partner"));
        assertEquals(Set.of("10 months after it took office"), Set.copyOf(source("001").getList("source.figures.quote")));
    }

    @Test
    void everythingListedUnderASourceNamesThatSourceBack() {
        for (String article : List.of("000", "001", "002", "003", "004")) {
            JsonPath data = source(article);
            String reference = data.getString("source.reference");
            assertTrue(reference.startsWith(article + "_"));
            data.getList("source.statements.source.reference").forEach(ref -> assertEquals(reference, ref));
            data.getList("source.figures.source.reference").forEach(ref -> assertEquals(reference, ref));
            List<List<String>> meetingSources = data.getList("source.meetings.sources.reference");
            meetingSources.forEach(refs -> assertTrue(refs.contains(reference), article + " in " + refs));
        }
    }

    private static JsonPath source(String article) {
        return GraphQL.data(SOURCE, Map.of("id", Lookup.sourceId(article)));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static void assertInDateOrder(List<String> dates) {
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "in date order");
    }
}
