package org.tradetalks.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradetalks.support.Refusals.assertRefused;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * CountryCode and DateBound, the scalars of the service: what they accept, and the refusal of anything else, naming
 * the value, the expected format and an example, with no engine internals.
 */
@QuarkusTest
class ScalarInputTest {

    private static final String BY_COUNTRIES = "query($c: [CountryCode!]) { meetings(filter: {countries: $c}) { totalCount } }";
    private static final String FROM = "query($from: DateBound) { meetings(filter: {from: $from}) { totalCount } }";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "JP", "jp", "Jp" })
    void aCountryCodeIsTwoLettersInAnyCase(String code) {
        assertEquals("JP", GraphQL.data("query($c: CountryCode!) { country(code: $c) { code } }", Map.of("c", code))
                .getString("country.code"));
        assertEquals(21, GraphQL.data(BY_COUNTRIES, Map.of("c", List.of("US", code))).getInt("meetings.totalCount"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = { "JPN", "J", "", "J1", "ＪＰ", "j p", "'; DROP TABLE country; --" })
    void aVariableThatIsNoCountryCodeIsRefusedWithTheFormat(String code) {
        assertRefused(GraphQL.error(BY_COUNTRIES, Map.of("c", List.of("US", code))), "BAD_USER_INPUT",
                "'" + code + "' is not a country code: expected an ISO 3166-1 alpha-2 code, two letters such as \"JP\" or \"US\".");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "^{ country(code: \"USA\") { name } }^ | 'USA' is not a country code",
            "^{ meetings(filter: {countries: [\"US\", \"JPN\"]}) { totalCount } }^ | 'JPN' is not a country code",
            "^{ timeline(countries: [\"US\", 12]) { totalCount } }^ | '12' is not a country code",
            "^{ meetings(filter: {from: \"2021-13\"}) { totalCount } }^ | '2021-13' is not a date: expected a year, a month or a day",
            "^{ meetings(filter: {to: 2021}) { totalCount } }^ | '2021' is not a date",
    })
    void aLiteralThatIsNoCountryCodeOrDateIsRefusedWithTheFormat(String query, String message) {
        assertRefused(GraphQL.error(query), "GRAPHQL_VALIDATION_FAILED", message, "expected");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "1994, 24", "2018, 13", "2018-08, 9", "2018-08-09, 9", "2018-08-10, 8", "2022, 0" })
    void aDateBoundIsAYearAMonthOrADay(String from, int meetings) {
        assertEquals(meetings, GraphQL.data(FROM, Map.of("from", from)).getInt("meetings.totalCount"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = { "2021-02-30", "2021-1", "21", "2021/05", "May 2021", "2021-05-01T00:00", "20210" })
    void aVariableThatIsNoDateIsRefusedWithTheFormat(String from) {
        assertRefused(GraphQL.error(FROM, Map.of("from", from)), "BAD_USER_INPUT", "'" + from
                + "' is not a date: expected a year, a month or a day written YYYY, YYYY-MM or YYYY-MM-DD, such as \"2021\", "
                + "\"2021-05\" or \"2021-05-17\".");
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({ "2021-06, 2021-05", "2021, 2020", "2021-05-02, 2021-05-01" })
    void aRangeWithNoDayInItIsRefused(String from, String to) {
        assertRefused(GraphQL.error("query($f: DateBound, $t: DateBound) { meetings(filter: {from: $f, to: $t}) { totalCount } }",
                Map.of("f", from, "t", to)), "BAD_USER_INPUT", "filter.to (" + to + ") is before filter.from (" + from + ")");
    }
}
