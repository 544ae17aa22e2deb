package org.tradetalks.pagination;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tradetalks.date.DatePrecision;

/**
 * How a list is ordered and how its cursors are made: by one or more sort keys, then by id, so the order is total
 * and a cursor (the keys and id of a row) stays valid while rows are added or removed. Every key and the id sort in
 * the list's direction (unless built with {@link Builder#byOpposite}); a descending list is the ascending one reversed.
 *
 * <p>Partial dates sort by the first day of their period, then by precision, DAY before MONTH before YEAR (see
 * {@link Builder#byPartialDate}): on the same first day, the date known to the day comes first. Keys are expressions,
 * not values read from the entity, so a key may be computed (a count of meetings, a date with a stand-in for none).
 */
public final class Ordering<T> {

    /**
     * A sort key: its HQL expression on the root alias {@code e} (selected with each row, so its value goes into the
     * row's cursor), and how a cursor's text is read back.
     */
    record Key(String expression, Function<String, Object> parse, boolean opposite) {

        boolean constant() {
            return expression.chars().allMatch(Character::isDigit);
        }
    }

    private final String list;
    private final List<Key> keys;
    private final boolean descending;
    private final Function<T, Long> idOf;

    private Ordering(String list, List<Key> keys, boolean descending, Function<T, Long> idOf) {
        this.list = list;
        this.keys = List.copyOf(keys);
        this.descending = descending;
        this.idOf = idOf;
    }

    /** An ordering of the list named {@code list} (the name goes into its cursors, so another list refuses them). */
    public static <T> Builder<T> of(String list, Function<T, Long> idOf) {
        return new Builder<>(list, idOf);
    }

    /** By id alone, ascending. */
    public static <T> Ordering<T> byId(String list, Function<T, Long> idOf) {
        return of(list, idOf).build();
    }

    public static final class Builder<T> {

        private final String list;
        private final Function<T, Long> idOf;
        private final List<Key> keys = new ArrayList<>();
        private boolean descending;

        private Builder(String list, Function<T, Long> idOf) {
            this.list = list;
            this.idOf = idOf;
        }

        /** Sorts by an HQL expression; {@code parse} reads its value back from a cursor (written with String.valueOf). */
        public Builder<T> by(String expression, Function<String, Object> parse) {
            keys.add(new Key(expression, parse, false));
            return this;
        }

        /**
         * Sorts by an HQL expression in the direction opposite to the list's: a tie-break that reads best ascending
         * (names A to Z) under a key that reads best descending (most meetings first).
         */
        public Builder<T> byOpposite(String expression, Function<String, Object> parse) {
            keys.add(new Key(expression, parse, true));
            return this;
        }

        /**
         * Sorts by a partial date: the first day of its period, then its precision. The precision column holds the
         * names DAY, MONTH and YEAR, whose alphabetical order is the order from the most to the least precise.
         */
        public Builder<T> byPartialDate(String path) {
            by(path + ".date", LocalDate::parse);
            return by(path + ".precision", DatePrecision::valueOf);
        }

        /** Sorts by a constant: for lists merged from several entities, the rank of this entity's rows. */
        public Builder<T> byConstant(int rank) {
            return by(String.valueOf(rank), Integer::valueOf);
        }

        public Builder<T> descending(boolean descending) {
            this.descending = descending;
            return this;
        }

        public Ordering<T> build() {
            return new Ordering<>(list, keys, descending, idOf);
        }
    }

    String list() {
        return list;
    }

    boolean hasKeys() {
        return !keys.isEmpty();
    }

    Long idOf(T row) {
        return idOf.apply(row);
    }

    String orderByClause() {
        List<String> terms = new ArrayList<>();
        for (Key key : keys) {
            if (!key.constant()) { // a constant orders nothing, and HQL reads a number there as a column position
                terms.add(key.expression() + (descending != key.opposite() ? " desc" : " asc"));
            }
        }
        terms.add("e.id" + (descending ? " desc" : " asc"));
        return " order by " + String.join(", ", terms);
    }

    /**
     * The rows after a cursor's position: (k1 > :afterKey0) or (k1 = :afterKey0 and k2 > :afterKey1) or … or (all keys
     * equal and e.id > :afterId), with {@code <} when descending.
     */
    String afterCondition() {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i <= keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(keys.get(j).expression() + " = :afterKey" + j);
            }
            terms.add(i == keys.size() ? "e.id" + (descending ? " < " : " > ") + ":afterId"
                    : keys.get(i).expression() + (descending != keys.get(i).opposite() ? " < " : " > ") + ":afterKey" + i);
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    /** The HQL expressions of the sort keys, selected with each row. */
    List<String> keyExpressions() {
        return keys.stream().map(Key::expression).toList();
    }

    /** A row's sort keys as written into its cursor, from their selected values; null when ordered by id alone. */
    String sortKeyOf(List<Object> values) {
        if (keys.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Object value : values) {
            parts.add(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return String.join("|", parts);
    }

    /** The query parameters of a cursor's sort keys; throws IllegalArgumentException when they cannot be read. */
    void bindSortKey(String sortKey, Map<String, Object> parameters) {
        String[] parts = sortKey.split("\\|", -1);
        if (parts.length != keys.size()) {
            throw new IllegalArgumentException("expected " + keys.size() + " sort keys");
        }
        for (int i = 0; i < parts.length; i++) {
            parameters.put("afterKey" + i, keys.get(i).parse().apply(URLDecoder.decode(parts[i], StandardCharsets.UTF_8)));
        }
    }
}
