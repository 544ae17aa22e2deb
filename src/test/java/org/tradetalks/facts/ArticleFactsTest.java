package org.tradetalks.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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

/**
 * What a reader of each of the five seed articles would check, asked the way a client asks. Articles:
 * 000 Los Angeles Times 1994, 001 Sina 2021, 002 Japan Times 2018-04-14, 003 Japan Times 2017-04-18,
 * 004 Reuters 2018-08-12. Quotes below are copied exactly as the articles print them between the quotation
 * marks (curly apostrophes included).
 */
@QuarkusTest
class ArticleFactsTest {

    private static final String WHO_SAID = """
            query($text: String, $kind: [StatementKind!]) {
              statements(filter: {text: $text, kind: $kind}) {
                totalCount
                edges { node { kind quote text speakerDescription speaker { name } date { text } meeting { title } source { reference } } }
              }
            }""";

    private static final String MEETINGS = """
            query($filter: MeetingFilter) {
              meetings(filter: $filter, first: 100) {
                totalCount
                edges { node {
                  title kind status location outcome topics
                  startDate { text precision } endDate { text }
                  countries { code } participants { name } sources { reference }
                  tariffs { product targets { code } }
                } }
              }
            }""";

    private static final String TARIFFS = """
            query($filter: TariffFilter) {
              tariffs(filter: $filter, first: 100) {
                edges { node {
                  product ratePercent rateOrigin legalBasis status
                  imposedBy { code } targets { code } sources { reference }
                  events { status date { text } source { reference } }
                } }
              }
            }""";

    private static final String OFFICIAL_CALLED = """
            query($name: String) {
              officials(filter: {name: $name}) {
                totalCount
                edges { node { id name aliases country { code } roles { title } } }
              }
            }""";

    private static final String FIGURES = """
            query($country: CountryCode) {
              figures(filter: {country: $country}) { quote amount unit asOf { text } country { code } partner { code } source { reference } }
            }""";

    // ---- Quotes: who said it, stored exactly as printed ------------------------------------------------------

    /**
     * {@code printed} is the text between the article's quotation marks; the stored quote is that text without a
     * trailing comma, which belongs to the attribution ("…with,” Kantor told reporters").
     */
    @ParameterizedTest(name = "{0}: “{1}”")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "000 | explore whatever | We’ll explore whatever they will come up with, | Mickey Kantor |",
            "000 | not re-engaged | We have not re-engaged (the trade negotiations) but we are exploring various options that the Japanese seem to be bringing with them this week. | Mickey Kantor |",
            "000 | far-ranging conversation | We will expect a good and serious and far-reaching and far-ranging conversation, and we will explore every alternative, | Mickey Kantor |",
            "000 | ball’s in their court | We are obviously hopeful that the talks will get back on track, but the ball’s in their court, | | A senior Administration official",
            "000 | fail again | We don’t want to go down the track only to see it fail again. Our goal has not changed. | | A senior Administration official",
            "001 | continuing contact | The principle of continuing contact with Japan will not be shaken, and he is willing to promote cooperative relations. | Gina Raimondo |",
            "002 | hit us hard | who has hit us hard on trade for years! | Donald Trump |",
            "002 | substantially better | substantially better | Donald Trump |",
            "002 | ulterior motive | likely has an ulterior motive — to win Japan over and weaken | | A Japanese government source",
            "003 | thing in the past | a thing in the past. | Mike Pence |",
            "003 | trade that is fair | We seek trade that is free. We seek trade that is fair, | Mike Pence |",
            "003 | started with frictions | The economic relations between Japan and the United States started with frictions, but it is turning into cooperation now, | Taro Aso |",
            "003 | new page | new page | Taro Aso |",
            "003 | too early to say | It’s a little bit too early to say just what forms things will take but we’re certainly eager to increase our trade relationships with Japan and to do so in the form of an agreement, | Wilbur Ross |",
            "003 | frame of reference | We made good progress in terms of establishing overall issues and a frame of reference for continuing dialogue. | Wilbur Ross |",
            "004 | gaps between the two nations | We agreed to seek ways to promote Japan-US trade by working out gaps between the two nations and expand areas to cooperate based on shared understanding, | Toshimitsu Motegi |",
            "004 | next meeting we plan | We will continue talks and proceed further at next meeting we plan to hold in September, | Toshimitsu Motegi |",
            "004 | very good | very good | Toshimitsu Motegi |",
            "004 | energetic | energetic. | Toshimitsu Motegi |",
            "004 | frank discussions | frank discussions | | The US Trade Representative’s office, in a statement",
            "004 | fill the gap | Based on these discussions, both sides agreed to explore ways to fill the gap between their positions and to promote trade between the United States and Japan, and expand areas of cooperation based on common understanding, | | The US Trade Representative’s office, in a statement",
            "004 | consultations | consultations | | The US Trade Representative’s office, in a statement",
            "003 | high trade and investment standards | a bilateral framework for setting high trade and investment standards; perspectives on trade and investment initiatives of the United States and Japan in the regional and global trading environment, | | The two countries, in a joint statement",
            "003 | concrete results | should generate concrete results in the near term, | | Tuesday’s joint statement",
    })
    void aQuoteIsStoredVerbatimWithWhoSaidItAndWhere(String article, String phrase, String printed, String speaker,
            String description) {
        JsonPath said = whoSaid(phrase, "QUOTE");
        String expected = printed.endsWith(",") ? printed.substring(0, printed.length() - 1) : printed;
        assertEquals(expected, said.getString("quote"));
        assertEquals(expected, said.getString("text"));
        assertEquals(speaker, said.getString("speaker.name"));
        assertEquals(description, said.getString("speakerDescription"));
        assertTrue(said.getString("source.reference").startsWith(article + "_"), "printed in " + article);
    }

    // ---- Reported speech: what officials said, in the article's words, never shown as a quote --------------

    /** {@code reported} is the article's wording of what was said, exactly as printed (no quotation marks). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "000 | strike a new economic deal | The United States and Japan will open exploratory trade talks Thursday in a drive to end their negotiating stalemate and strike a new economic deal | Mickey Kantor | | 1994-05",
            "000 | three or four days | Japan’s delegation would stay three or four days | | A senior Administration official | 1994-05",
            "000 | send vice ministers | he would send vice ministers to probe the possibilities | Eijiro Hata | | 1994-05",
            "000 | come in person | he would like to come in person to break the impasse | Koji Kakizawa | | 1994-05",
            "000 | suppressing the dollar | there is absolutely no U.S. strategy of suppressing the dollar against the Japanese yen | Robert Rubin | | 1994-05",
            "000 | framework accord | the President still wants a strong deal in line with last year’s so-called framework accord | Robert Rubin | | 1994-05",
            "001 | Indo-Pacific Economic Framework | the close cooperation between the United States and Japan will provide support for the development of the Biden administration’s “Indo-Pacific Economic Framework”, and will also help build a sustainable, inclusive and economic framework | Katherine Tai | | 2021-11-12",
            "002 | on the agenda for the talks | they wanted to put U.S. steel tariffs on the agenda for the talks and discuss what the two countries could do next together | | Chinese diplomats | 2018-04",
            "002 | rejoin the landmark TPP | the United States might rejoin the landmark TPP, but only if it offered “substantially better” terms than those provided after previous negotiations | Donald Trump | | 2018-04-12",
            "002 | working to make a deal | the United States was working to make a deal with Japan | Donald Trump | | 2018-04-12",
            "002 | accompany him | Abe wanted Motegi to accompany him to the U.S. to address trade issues, though this would depend on the situation in the Diet | | A senior government official | 2018-04",
            "003 | negotiations on such a move | formal negotiations on such a move are possible | Mike Pence | | 2017-04-18",
            "003 | review and restyle | the Trump administration will also review and restyle a 5-year-old free trade agreement with South Korea | Mike Pence | | 2017-04-18",
            "003 | formally launch | there was a chance that they might formally launch such negotiations based on what they will have established under the current framework | Mike Pence | | 2017-04-18",
            "003 | much smaller portion | Tokyo accounts for a much smaller portion of America’s deficit than in the past, while the imbalance with China is much bigger | | Japanese officials | 2017-04",
            "003 | artificially low | Japan keeps its currency artificially low | Donald Trump | | 2017",
            "003 | too strong | the U.S. dollar is getting too strong against major currencies | Donald Trump | | 2017-04",
            "003 | not raised | the currency topic was not raised | | Japanese officials who attended the talks | 2017-04-18",
            "003 | spread globally | the bilateral economic talks are aimed at creating trade and investment rules that will spread globally | Taro Aso | | 2017-04-18",
            "003 | high-speed railways | Aso mentioned as potential areas of cooperation was high-speed railways and energy. | Taro Aso | | 2017-04-18",
            "003 | manufacturing jobs | he would boost U.S. manufacturing jobs and shrink the country’s trade deficit with countries like Japan | Donald Trump | | 2016",
            "004 | productive trade talks | he had had productive trade talks with US Trade Representative Robert Lighthizer and that they planned to meet again next month | Toshimitsu Motegi | | 2018-08-10",
            "004 | Both acknowledged | Both acknowledged the importance of expanding trade between the two nations | Toshimitsu Motegi | | 2018-08-10",
            "004 | exchanged views | he and Lighthizer had exchanged views on individual trade areas, but nothing had been decided | Toshimitsu Motegi | | 2018-08-10",
            "004 | better understanding | the two sides had “frank discussions” on their respective views about trade and investment, and achieved a better understanding of each other’s positions | | The US Trade Representative’s office, in a statement | 2018-08",
            "004 | next round | The next round of “consultations” would be held sometime in September | | The US Trade Representative’s office, in a statement | 2018-08",
            "004 | car makers | Japan’s US$69 billion trade surplus with the US and the inability of US car makers to sell significant volumes in Japan | Donald Trump | | 2018",
    })
    void reportedSpeechIsStoredAsAParaphraseNeverAsAQuote(String article, String phrase, String reported, String speaker,
            String description, String date) {
        JsonPath said = whoSaid(phrase, "PARAPHRASE");
        assertEquals("PARAPHRASE", said.getString("kind"));
        assertEquals(reported, said.getString("text"));
        assertEquals(null, said.getString("quote"), "a paraphrase is not shown as a quotation");
        assertEquals(speaker, said.getString("speaker.name"));
        assertEquals(description, said.getString("speakerDescription"));
        assertEquals(date, said.getString("date.text"));
        assertTrue(said.getString("source.reference").startsWith(article + "_"), "reported in " + article);
    }

    @Test
    void whatAnOfficialSaidFindsQuotesAndReportedSpeechMarkedApart() {
        JsonPath kantor = GraphQL.data("""
                { official: officials(filter: {name: "Kantor"}) { edges { node {
                    statementCount quotes: statementCount(kind: [QUOTE]) statements { kind quote text } } } } }""")
                .setRootPath("data.official.edges[0].node");
        assertEquals(4, kantor.getInt("statementCount"));
        assertEquals(3, kantor.getInt("quotes"));
        List<Map<String, Object>> statements = kantor.getList("statements");
        assertEquals(List.of("QUOTE", "QUOTE", "QUOTE", "PARAPHRASE"),
                statements.stream().map(statement -> String.valueOf(statement.get("kind"))).sorted(java.util.Comparator.reverseOrder()).toList());
        statements.forEach(statement -> assertEquals("QUOTE".equals(statement.get("kind")) ? statement.get("text") : null,
                statement.get("quote")));
    }

    @ParameterizedTest(name = "“{0}” is a term, not a statement")
    @CsvSource({ "objective criteria", "America First", "'free, fair and reciprocal'" })
    void aScareQuotedTermOrSloganIsNotAStatement(String term) {
        assertEquals(0, GraphQL.data(WHO_SAID, Map.of("text", term)).getInt("statements.totalCount"));
        assertEquals(0, GraphQL.data("""
                { statements(filter: {speakerName: "negotiating position"}) { totalCount } }""").getInt("statements.totalCount"));
    }

    // ---- 000: Los Angeles Times (Reuters), May 1994 --------------------------------------------------------

    @Test
    void article000_theHiatusCostJapanAStrongerYenAndWashingtonHigherRates() {
        String outcome = meetings(Map.of("from", "1994-02-11", "to", "1994-02-11")).getString("meetings.edges[0].node.outcome");
        assertTrue(outcome.contains("drove up the value of its currency") && outcome.contains("boost interest rates"), outcome);
        List<Map<String, Object>> hiatus = GraphQL.data("{ figures(filter: {text: \"three-month hiatus\"}) { description } }")
                .getList("figures");
        assertEquals(1, hiatus.size());
        assertTrue(String.valueOf(hiatus.get(0).get("description")).contains("value of its currency"));
    }

    @Test
    void article000_theExploratoryTalksAimToResumeTheNegotiationsOfLastYearsFrameworkAccord() {
        String note = GraphQL.data("{ meetings(filter: {countries: [\"US\", \"JP\"], to: \"1994\", kind: [TALKS]}) { edges { node { note } } } }")
                .getString("meetings.edges[0].node.note");
        assertTrue(note.contains("framework accord") && note.contains("1993"), note);
    }

    @Test
    void article000_theFeb11WhiteHouseSummitWasDeclaredAFailure() {
        JsonPath meetings = meetings(Map.of("from", "1994-02-11", "to", "1994-02-11"));
        assertEquals(1, meetings.getInt("meetings.totalCount"));
        JsonPath summit = meetings.setRootPath("data.meetings.edges[0].node");
        assertEquals("Clinton–Hosokawa White House summit", summit.getString("title"));
        assertEquals("1994-02-11", summit.getString("startDate.text"));
        assertEquals("White House, Washington", summit.getString("location"));
        assertEquals("HELD", summit.getString("status"));
        assertTrue(summit.getString("outcome").contains("declared failure"), summit.getString("outcome"));
        assertEquals(List.of("Bill Clinton"), summit.getList("participants.name"));
        assertEquals(List.of("JP", "US"), summit.getList("countries.code"));
    }

    @Test
    void article000_kakizawaTelephonedKantorAndProposedToComeInPerson() {
        JsonPath call = meetings(Map.of("participant", Lookup.officialId("Koji Kakizawa"), "kind", "PHONE_CALL"))
                .setRootPath("data.meetings.edges[0].node");
        assertEquals("HELD", call.getString("status"));
        assertEquals(Set.of("Koji Kakizawa", "Mickey Kantor"), Set.copyOf(call.getList("participants.name")));
        JsonPath visit = meetings(Map.of("participant", Lookup.officialId("Koji Kakizawa"), "kind", "VISIT"))
                .setRootPath("data.meetings.edges[0].node");
        assertEquals("PROPOSED", visit.getString("status"), "a wish, depending on Thursday's talks");
    }

    @Test
    void article000_exploratoryTalksAreScheduledBeforeTheJulySummit() {
        JsonPath data = meetings(Map.of("countries", List.of("US", "JP"), "status", "SCHEDULED", "to", "1994-12-31"));
        assertEquals(List.of("U.S.–Japan exploratory trade talks", "July economic summit"), data.getList("meetings.edges.node.title"));
        assertEquals(List.of("1994-05", "1994-07"), data.getList("meetings.edges.node.startDate.text"));
        assertEquals(List.of("Mickey Kantor"), data.getList("meetings.edges[0].node.participants.name"));
    }

    @Test
    void article000_robertERubinIsRobertRubinTheTopEconomicAdviser() {
        JsonPath rubin = officialCalled("Robert E. Rubin");
        assertEquals("Robert Rubin", rubin.getString("name"));
        assertEquals(List.of("Top economic adviser to the President"), rubin.getList("roles.title"));
        assertEquals("US", rubin.getString("country.code"));
    }

    // ---- 001: Sina / Reference News Network, November 2021 -----------------------------------------------

    @Test
    void article001_raimondoAndHagiudaMetInTokyoOn15November2021AndAgreedToNegotiateTariffs() {
        String raimondo = officialCalled("Raymondo").getString("id");
        JsonPath meetings = meetings(Map.of("participant", raimondo, "from", "2021-11-15", "to", "2021-11-15"));
        assertEquals(1, meetings.getInt("meetings.totalCount"));
        JsonPath talks = meetings.setRootPath("data.meetings.edges[0].node");
        assertEquals("Tokyo", talks.getString("location"));
        assertEquals("2021-11-15", talks.getString("startDate.text"));
        assertEquals(Set.of("Gina Raimondo", "Koichi Hagiuda"), Set.copyOf(talks.getList("participants.name")));
        assertEquals(Set.of("steel", "aluminum"), Set.copyOf(talks.getList("tariffs.product")));
        assertTrue(talks.getString("outcome").contains("agreed to start negotiations"));
    }

    @ParameterizedTest(name = "“{0}” is {1}")
    @CsvSource(delimiter = '|', value = {
            "Dai Qi | Katherine Tai | U.S. Trade Representative",
            "Koichi Hagi | Koichi Hagiuda | Minister of Economy, Trade and Industry",
            "Raymondo | Gina Raimondo | Secretary of Commerce",
            "Raimundo | Gina Raimondo | Secretary of Commerce",
            "Lin Fangzheng | Yoshimasa Hayashi | Foreign Minister",
            "Hiroichi Matsuno | Hirokazu Matsuno | Chief Cabinet Secretary",
    })
    void article001_aGarbledNameRefersToTheRightOfficial(String printed, String name, String title) {
        JsonPath official = officialCalled(printed);
        assertEquals(name, official.getString("name"));
        assertTrue(official.getList("aliases").contains(printed), "the printed spelling is an alias");
        assertEquals(List.of(title), official.getList("roles.title"));
    }

    @Test
    void article001_taisKeyWordsWereSaidAfterHerTalksOnThe12th() {
        JsonPath data = GraphQL.data("""
                { statements(filter: {speakerName: "Dai Qi", kind: [QUOTE]}) {
                    edges { node { quote date { text } meeting { title participants { name } } } } } }""");
        assertEquals(Set.of("sustainable", "inclusive"), Set.copyOf(data.getList("statements.edges.node.quote")));
        assertEquals(List.of("2021-11-12", "2021-11-12"), data.getList("statements.edges.node.date.text"));
        assertEquals("Tai–Hagiuda trade talks", data.getString("statements.edges[0].node.meeting.title"));
    }

    @Test
    void article001_theTalksOfThe12thAndTheDecisionOfThe17thAreOneTaiHagiudaMeeting() {
        JsonPath data = GraphQL.data("""
                query($tai: ID) { meetings(filter: {participant: $tai}) { totalCount edges { node {
                    title startDate { text } outcome participants { name } statements { kind } } } } }""",
                Map.of("tai", Lookup.officialId("Katherine Tai")));
        assertEquals(1, data.getInt("meetings.totalCount"), "one meeting, not the talks and the decision twice");
        JsonPath talks = data.setRootPath("data.meetings.edges[0].node");
        assertEquals("2021-11-12", talks.getString("startDate.text"));
        assertEquals(Set.of("Katherine Tai", "Koichi Hagiuda"), Set.copyOf(talks.getList("participants.name")));
        assertTrue(talks.getString("outcome").contains("on the 17th"), talks.getString("outcome"));
        assertEquals(3, talks.getList("statements").size(), "two key words and the paraphrase of her remarks");
    }

    @Test
    void article001_theSteelAndAluminumNegotiationsHaveBegun() {
        JsonPath data = meetings(Map.of("countries", List.of("US", "JP"), "kind", "NEGOTIATIONS", "from", "2021-11", "to", "2021-11"));
        assertEquals(1, data.getInt("meetings.totalCount"));
        assertEquals("HELD", data.getString("meetings.edges[0].node.status"), "001: they \"began\"");
    }

    @Test
    void article001_alsoReportsTheFtaProspect() {
        JsonPath data = meetings(Map.of("countries", List.of("US", "JP"), "kind", "NEGOTIATIONS", "topic", "free trade agreement"));
        assertEquals(1, data.getInt("meetings.totalCount"));
        assertEquals(List.of("001_9baff797f5cba51d.txt", "002_2e779c03103353bf.txt", "003_78e804032ec4dd24.txt",
                "004_f0ac3d3789b12f84.txt"), data.getList("meetings.edges[0].node.sources.reference"));
    }

    @Test
    void article001_bidenPutForwardTheIndoPacificFrameworkAtTheEastAsiaSummitOn27October() {
        JsonPath data = meetings(Map.of("participant", Lookup.officialId("Joe Biden")));
        assertEquals(1, data.getInt("meetings.totalCount"));
        JsonPath summit = data.setRootPath("data.meetings.edges[0].node");
        assertEquals("2021-10-27", summit.getString("startDate.text"));
        assertEquals("SUMMIT", summit.getString("kind"));
        assertEquals(List.of("Indo-Pacific Economic Framework"), summit.getList("topics"));
    }

    @Test
    void article001_usSteelAndAluminumTariffsOnJapanWentToNegotiation() {
        List<Map<String, Object>> tariffs = tariffs(Map.of("target", "JP", "status", "UNDER_NEGOTIATION"));
        assertEquals(Set.of("steel", "aluminum"), Set.copyOf(tariffs.stream().map(tariff -> tariff.get("product")).toList()));
        for (Map<String, Object> tariff : tariffs) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> events = (List<Map<String, Object>>) tariff.get("events");
            Map<String, Object> latest = events.get(events.size() - 1);
            assertEquals(Map.of("text", "2021-11-15"), latest.get("date"));
            assertEquals("UNDER_NEGOTIATION", latest.get("status"));
            assertEquals(Map.of("reference", "001_9baff797f5cba51d.txt"), latest.get("source"));
        }
    }

    // ---- 002: The Japan Times, 14 April 2018 ----------------------------------------------------------------

    @Test
    void article002_wangYiAndTaroKonoLeadTheChinaJapanDialogueInTokyoOn16April() {
        JsonPath data = meetings(Map.of("countries", List.of("CN", "JP"), "from", "2018-04-16", "to", "2018-04-16"));
        assertEquals(1, data.getInt("meetings.totalCount"));
        JsonPath dialogue = data.setRootPath("data.meetings.edges[0].node");
        assertEquals("China–Japan high-level economic dialogue", dialogue.getString("title"));
        assertEquals("ECONOMIC_DIALOGUE", dialogue.getString("kind"));
        assertEquals("Tokyo", dialogue.getString("location"));
        assertEquals(Set.of("Wang Yi", "Taro Kono"), Set.copyOf(dialogue.getList("participants.name")));
        assertTrue(dialogue.getList("tariffs.product").contains("steel"), "China wants U.S. steel tariffs on the agenda");
    }

    @Test
    void article002_abeMeetsTrumpAtMarALagoOn17And18April() {
        JsonPath data = meetings(Map.of("participant", Lookup.officialId("Shinzo Abe"), "countries", List.of("US")));
        assertEquals(1, data.getInt("meetings.totalCount"));
        JsonPath summit = data.setRootPath("data.meetings.edges[0].node");
        assertEquals("Mar-a-Lago, Florida", summit.getString("location"));
        assertEquals("2018-04-17", summit.getString("startDate.text"));
        assertEquals("2018-04-18", summit.getString("endDate.text"));
        assertEquals(Set.of("Donald Trump", "Shinzo Abe"), Set.copyOf(summit.getList("participants.name")));
        assertEquals("SCHEDULED", summit.getString("status"));
    }

    @Test
    void article002_liAbeAndMoonHoldATrilateralSummitInJapanInMay() {
        JsonPath data = meetings(Map.of("countries", List.of("CN", "JP", "KR")));
        assertEquals(1, data.getInt("meetings.totalCount"));
        JsonPath summit = data.setRootPath("data.meetings.edges[0].node");
        assertEquals(Set.of("Li Keqiang", "Shinzo Abe", "Moon Jae-in"), Set.copyOf(summit.getList("participants.name")));
        assertEquals("2018-05", summit.getString("startDate.text"));
        assertEquals("MONTH", summit.getString("startDate.precision"));
        assertEquals("Japan", summit.getString("location"));
    }

    @Test
    void article002_trumpsTppRemarkAndTweetWereOnThursday12April() {
        assertEquals("2018-04-12", whoSaid("hit us hard", "QUOTE").getString("date.text"));
        assertEquals("2018-04-12", whoSaid("substantially better", "QUOTE").getString("date.text"));
    }

    @Test
    void article002_chinaFacesUsSteelAndAluminumTariffsWhileSouthKoreaIsExempted() {
        List<Map<String, Object>> china = tariffs(Map.of("target", "CN"));
        assertEquals(Set.of("steel", "aluminum"), Set.copyOf(china.stream().map(tariff -> tariff.get("product")).toList()));
        china.forEach(tariff -> assertEquals("IN_FORCE", tariff.get("status")));
        List<Map<String, Object>> korea = tariffs(Map.of("target", "KR"));
        assertEquals(Set.of("steel", "aluminum"), Set.copyOf(korea.stream().map(tariff -> tariff.get("product")).toList()));
        korea.forEach(tariff -> assertEquals("EXEMPTED", tariff.get("status")));
        for (Map<String, Object> tariff : List.of(china.get(0), korea.get(0))) {
            assertEquals(Map.of("code", "US"), tariff.get("imposedBy"));
            assertEquals(List.of(Map.of("reference", "002_2e779c03103353bf.txt")), tariff.get("sources"));
        }
    }

    // ---- 003: The Japan Times, 18 April 2017 ------------------------------------------------------------------

    @Test
    void article003_penceAndAsoHeldTheFirstRoundAtThePrimeMinistersOfficeOn18April2017() {
        JsonPath data = meetings(Map.of("participant", Lookup.officialId("Mike Pence"), "from", "2017-04-18", "to", "2017-04-18"));
        assertEquals(1, data.getInt("meetings.totalCount"));
        JsonPath round = data.setRootPath("data.meetings.edges[0].node");
        assertEquals("Japan–U.S. Economic Dialogue, first round", round.getString("title"));
        assertEquals("Prime Minister’s Office, Tokyo", round.getString("location"));
        assertEquals("HELD", round.getString("status"));
        assertEquals(Set.of("Mike Pence", "Taro Aso"), Set.copyOf(round.getList("participants.name")));
    }

    @Test
    void article003_highSpeedRailwaysAndEnergyWereAsosSuggestionNotAnAgreement() {
        String outcome = meetings(Map.of("participant", Lookup.officialId("Mike Pence"), "from", "2017-04-18", "to", "2017-04-18"))
                .getString("meetings.edges[0].node.outcome");
        assertTrue(outcome.contains("such as increasing jobs"), outcome);
        assertTrue(outcome.contains("Aso mentioned high-speed railways and energy as potential areas"), outcome);
        assertTrue(!outcome.contains("cooperation (e.g. high-speed railways"), outcome);
    }

    @Test
    void article003_rossMetSekoInTokyoBeforeTheAsoPenceMeeting() {
        JsonPath data = meetings(Map.of("participant", Lookup.officialId("Wilbur Ross")));
        assertEquals(1, data.getInt("meetings.totalCount"));
        JsonPath meeting = data.setRootPath("data.meetings.edges[0].node");
        assertEquals(Set.of("Wilbur Ross", "Hiroshige Seko"), Set.copyOf(meeting.getList("participants.name")));
        assertEquals("Tokyo", meeting.getString("location"));
        assertEquals("2017-04", meeting.getString("startDate.text"), "the article does not give the day");
        JsonPath seko = officialCalled("Hiroshige Sekō");
        assertEquals("Hiroshige Seko", seko.getString("name"));
        assertEquals(List.of("Minister of Economy, Trade and Industry"), seko.getList("roles.title"), "the article's \"trade minister\"");
    }

    @Test
    void article003_penceSaidTheKorusFtaWillBeReviewed() {
        JsonPath data = meetings(Map.of("countries", List.of("US", "KR")));
        assertEquals(List.of("U.S. review of the U.S.–South Korea free trade agreement"), data.getList("meetings.edges.node.title"));
        assertEquals("PROPOSED", data.getString("meetings.edges[0].node.status"));
    }

    // ---- 004: Reuters, Washington, 12 August 2018 --------------------------------------------------------------

    @Test
    void article004_motegiAndLighthizerTalkedInWashingtonOn9And10August2018() {
        JsonPath data = meetings(Map.of("participant", Lookup.officialId("Robert Lighthizer"), "status", "HELD"));
        assertEquals(1, data.getInt("meetings.totalCount"));
        JsonPath talks = data.setRootPath("data.meetings.edges[0].node");
        assertEquals("Washington", talks.getString("location"));
        assertEquals("2018-08-09", talks.getString("startDate.text"));
        assertEquals("2018-08-10", talks.getString("endDate.text"));
        assertEquals(Set.of("Toshimitsu Motegi", "Robert Lighthizer"), Set.copyOf(talks.getList("participants.name")));
        assertEquals(List.of("004_f0ac3d3789b12f84.txt"), talks.getList("sources.reference"));
    }

    @Test
    void article004_theyPlanToMeetAgainInSeptember() {
        JsonPath data = meetings(Map.of("participant", Lookup.officialId("Toshimitsu Motegi"), "status", "SCHEDULED"));
        assertEquals(List.of("2018-09"), data.getList("meetings.edges.node.startDate.text"));
        assertEquals("MONTH", data.getString("meetings.edges[0].node.startDate.precision"));
    }

    @Test
    void article004_usTariffsOnJapanAreSteel25AluminumTenAndThreatenedSection232Autos25() {
        List<Map<String, Object>> tariffs = tariffs(Map.of("imposedBy", "US", "target", "JP"));
        assertEquals(3, tariffs.size());
        Map<String, Object> steel = byProduct(tariffs, "steel");
        Map<String, Object> aluminum = byProduct(tariffs, "aluminum");
        Map<String, Object> autos = byProduct(tariffs, "automobiles (imported cars)");
        assertAmount("25", steel.get("ratePercent"));
        assertAmount("10", aluminum.get("ratePercent"));
        assertAmount("25", autos.get("ratePercent"));
        assertEquals("THREATENED", autos.get("status"));
        assertEquals("Section 232", autos.get("legalBasis"));
        assertEquals("SOURCE", autos.get("rateOrigin"), "004 itself says 25 percent");
        assertEquals("PUBLIC_RECORD", steel.get("rateOrigin"), "no article gives the steel rate");
        assertTrue(String.valueOf(autos.get("sources")).contains("004_"));
    }

    @Test
    void article004_theAutoTariffsRateIsTheFigureTheArticleStates() {
        JsonPath autos = GraphQL.data("""
                { tariffs(filter: {product: "automobiles"}) { edges { node {
                    ratePercent rateOrigin rateFigure { quote amount unit } rateSource { reference } } } } }""")
                .setRootPath("data.tariffs.edges[0].node");
        assertEquals("tariffs of 25 percent on imported cars", autos.getString("rateFigure.quote"));
        assertAmount("25", autos.getString("rateFigure.amount"));
        assertEquals("004_f0ac3d3789b12f84.txt", autos.getString("rateSource.reference"));
    }

    // ---- Figures, with the article that states them ---------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "000 | $60-billion trade imbalance                      | 60   | USD_BILLION | US | JP |",
            "001 | 10 months after it took office                   | 10   | MONTHS      | US | JP |",
            "003 | $68.9 billion trade deficit with Japan last year | 68.9 | USD_BILLION | US | JP | 2016",
            "004 | US$69 billion trade surplus with the US          | 69   | USD_BILLION | JP | US |",
            "004 | tariffs of 25 percent on imported cars           | 25   | PERCENT     | US | JP |",
    })
    void aFigureIsStatedWithItsArticle(String article, String quote, String amount, String unit, String country,
            String partner, String asOf) {
        List<Map<String, Object>> figures = GraphQL.data(FIGURES, Map.of("country", partner)).getList("figures");
        List<Map<String, Object>> matching = figures.stream().filter(figure -> quote.equals(figure.get("quote"))).toList();
        assertEquals(1, matching.size(), "'" + quote + "' among the figures about " + partner);
        Map<String, Object> figure = matching.get(0);
        assertAmount(amount, figure.get("amount"));
        assertEquals(unit, figure.get("unit"));
        assertEquals(Map.of("code", country), figure.get("country"));
        assertEquals(Map.of("code", partner), figure.get("partner"));
        assertEquals(asOf == null ? null : Map.of("text", asOf), figure.get("asOf"));
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) figure.get("source");
        assertTrue(String.valueOf(source.get("reference")).startsWith(article + "_"), "stated in " + article);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static JsonPath whoSaid(String phrase, String kind) {
        JsonPath data = GraphQL.data(WHO_SAID, Map.of("text", phrase, "kind", kind));
        assertEquals(1, data.getInt("statements.totalCount"), "one statement contains '" + phrase + "'");
        return data.setRootPath("data.statements.edges[0].node");
    }

    private static JsonPath officialCalled(String name) {
        JsonPath data = GraphQL.data(OFFICIAL_CALLED, Map.of("name", name));
        assertEquals(1, data.getInt("officials.totalCount"), "one official called '" + name + "'");
        return data.setRootPath("data.officials.edges[0].node");
    }

    private static JsonPath meetings(Map<String, Object> filter) {
        return GraphQL.data(MEETINGS, Map.of("filter", filter));
    }

    private static List<Map<String, Object>> tariffs(Map<String, Object> filter) {
        return GraphQL.data(TARIFFS, Map.of("filter", filter)).getList("tariffs.edges.node");
    }

    private static Map<String, Object> byProduct(List<Map<String, Object>> tariffs, String product) {
        return tariffs.stream().filter(tariff -> product.equals(tariff.get("product"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + product + " tariff in " + tariffs));
    }

    private static void assertAmount(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                "expected " + expected + " but was " + actual);
    }
}
