package org.tradetalks.pagination;

import java.util.function.Function;

/**
 * How a list is ordered and how its cursors are made: by a sort expression (then id, so the order is
 * total), or by id alone when {@code sortExpression} is null.
 *
 * @param list the list's name, written into its cursors so a cursor of one list is refused by another
 * @param sortExpression HQL expression on the root alias {@code e}, or null to order by id only
 * @param descending whether the order is descending
 * @param sortKeyOf the sort key of a row, as written into its cursor
 * @param parseSortKey the sort key read back from a cursor, as the query parameter
 * @param idOf the id of a row
 */
public record Ordering<T>(String list, String sortExpression, boolean descending, Function<T, String> sortKeyOf,
        Function<String, Object> parseSortKey, Function<T, Long> idOf) {

    public static <T> Ordering<T> byId(String list, Function<T, Long> idOf) {
        return new Ordering<>(list, null, false, row -> null, key -> null, idOf);
    }

    String orderByClause() {
        String direction = descending ? " desc" : " asc";
        return sortExpression == null ? " order by e.id" + direction
                : " order by " + sortExpression + direction + ", e.id" + direction;
    }

    String afterCondition() {
        String comparison = descending ? " < " : " > ";
        if (sortExpression == null) {
            return "e.id" + comparison + ":afterId";
        }
        return "(" + sortExpression + comparison + ":afterKey or (" + sortExpression + " = :afterKey and e.id"
                + comparison + ":afterId))";
    }
}
