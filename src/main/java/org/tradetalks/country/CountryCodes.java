package org.tradetalks.country;

import java.util.List;

import org.tradetalks.error.ApiException;

/** Checks that the country codes clients send name countries the service knows. */
public final class CountryCodes {

    private CountryCodes() {
    }

    /** The code of a country that exists, or BAD_USER_INPUT naming {@code field}; null stays null (an omitted filter). */
    public static String requireKnown(CountryCode code, String field) {
        if (code == null) {
            return null;
        }
        if (Country.findByIdOptional(code.code()).isEmpty()) {
            throw ApiException.badInput(field + ": no country with code '" + code + "'.");
        }
        return code.code();
    }

    /** Every code known, without duplicates, checked with one query; null or empty gives an empty list. */
    public static List<String> requireKnown(List<CountryCode> codes, String field) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<String> distinct = codes.stream().map(CountryCode::code).distinct().toList();
        List<String> known = Country.<Country>list("code in ?1", distinct).stream().map(country -> country.code).toList();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i).code())) {
                throw ApiException.badInput(field + "[" + i + "]: no country with code '" + codes.get(i) + "'.");
            }
        }
        return distinct;
    }
}
