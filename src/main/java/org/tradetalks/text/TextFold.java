package org.tradetalks.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case- and accent-insensitive matching that behaves the same in Java and in SQL.
 *
 * <p>Stored text is folded inside the query with {@code lower(translate(column, FROM, TO))}, a pair of
 * functions H2 and PostgreSQL both provide, so no derived column has to be kept in sync; the search
 * text is folded here with the same character table.
 */
public final class TextFold {

    /** Characters replaced by the SQL side of the fold; {@link #TO} holds their replacements, position by position. */
    public static final String FROM = "ÀÁÂÃÄÅàáâãäåĀāÈÉÊËèéêëĒēÌÍÎÏìíîïĪīÒÓÔÕÖØòóôõöøŌōÙÚÛÜùúûüŪūÇçÑñÝýÿ’‘‛“”„—–";
    public static final String TO   = "AAAAAAaaaaaaAaEEEEeeeeEeIIIIiiiiIiOOOOOOooooooOoUUUUuuuuUuCcNnYyy'''\"\"\"--";

    private TextFold() {
    }

    /** The folded form of a search text: lower case, without diacritics, with typographic quotes made plain. */
    public static String fold(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        StringBuilder folded = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            int mapped = FROM.indexOf(c);
            folded.append(mapped >= 0 ? TO.charAt(mapped) : c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that finds the folded text anywhere, with LIKE's wildcards taken literally. */
    public static String containsPattern(String text) {
        String escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The HQL expression that folds a column the same way {@link #fold} folds a search text. */
    public static String sql(String column) {
        return "lower(translate(" + column + ", :foldFrom, :foldTo))";
    }

    /** An HQL condition: the folded column contains the pattern bound to {@code parameter}. */
    public static String contains(String column, String parameter) {
        return sql(column) + " like :" + parameter + " escape '\\'";
    }
}
