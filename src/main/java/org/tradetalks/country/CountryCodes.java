package org.tradetalks.country;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.tradetalks.error.ApiException;

/** Reads the country codes clients send: two letters, any case, and a country the service knows. */
public final class CountryCodes {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

    private CountryCodes() {
    }

    /** The upper-case code, or BAD_USER_INPUT naming {@code field} when it is not two letters. */
    public static String normalize(String code, String field) {
        if (code == null || !ALPHA_2.matcher(code).matches()) {
            throw ApiException.badInput(field + ": '" + code + "' is not an ISO 3166-1 alpha-2 country code (two letters, e.g. JP).");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    /** The upper-case code of a country that exists, or BAD_USER_INPUT naming {@code field}. */
    public static String requireKnown(String code, String field) {
        String normalized = normalize(code, field);
        if (Country.findByIdOptional(normalized).isEmpty()) {
            throw ApiException.badInput(field + ": no country with code '" + normalized + "'.");
        }
        return normalized;
    }

    /** Every code normalized and known, without duplicates; checked with one query. */
    public static List<String> requireKnown(List<String> codes, String field) {
        List<String> normalized = codes.stream().map(code -> normalize(code, field)).distinct().toList();
        List<String> known = Country.<Country>list("code in ?1", normalized).stream().map(country -> country.code).toList();
        for (String code : normalized) {
            if (!known.contains(code)) {
                throw ApiException.badInput(field + ": no country with code '" + code + "'.");
            }
        }
        return normalized;
    }
}
