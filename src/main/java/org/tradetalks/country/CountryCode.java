package org.tradetalks.country;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;

/**
 * A country code as clients send and read it: the GraphQL scalar {@code CountryCode}, used for every country code in
 * the schema. Its format is checked when the request is read (see {@link org.tradetalks.scalar.ScalarCoercion}); whether
 * such a country is stored is checked by the resolvers, which name the field.
 */
@CustomScalar("CountryCode")
@Description("An ISO 3166-1 alpha-2 country code: two letters, such as \"JP\" (Japan), \"US\" (United States), \"CN\" "
        + "(China) or \"KR\" (South Korea). Sent in any case, always answered in upper case.")
public final class CountryCode implements CustomStringScalar, Comparable<CountryCode> {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

    private final String code;

    /** Reads a code a client sent; refuses anything but two ASCII letters with a message fit for the client. */
    public CountryCode(String text) {
        if (text == null || !ALPHA_2.matcher(text).matches()) {
            throw new IllegalArgumentException(problem(text));
        }
        this.code = text.toUpperCase(Locale.ROOT);
    }

    /** What is wrong with {@code text} as a country code, in words a client understands. */
    public static String problem(Object text) {
        String shown = text == null ? "null" : "'" + abbreviate(String.valueOf(text)) + "'";
        return shown + " is not a country code: expected an ISO 3166-1 alpha-2 code, two letters such as \"JP\" or \"US\".";
    }

    /** The code in upper case, as stored. */
    public String code() {
        return code;
    }

    @Override
    public String stringValueForSerialization() {
        return code;
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryCode that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
