package org.tradetalks.pagination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.tradetalks.text.TextFold;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A filtered list of one entity, read a page at a time with keyset pagination. Conditions are HQL on the
 * root alias {@code e}; values are always bound as parameters, never written into the query text.
 */
public final class ListQuery<T> {

    private final Class<T> type;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private ListQuery(Class<T> type) {
        this.type = type;
    }

    public static <T> ListQuery<T> of(Class<T> type) {
        return new ListQuery<>(type);
    }

    /** Adds a condition with one parameter; does nothing when the value is null (the filter field was not given). */
    public ListQuery<T> where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * Adds {@code expression in :parameter}; does nothing when the values are null or empty (the filter field was not
     * given, or given as an empty list, which filters nothing).
     */
    public ListQuery<T> whereIn(String expression, String parameter, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            conditions.add(expression + " in :" + parameter);
            parameters.put(parameter, List.copyOf(new LinkedHashSet<>(values)));
        }
        return this;
    }

    /** Adds a condition with no parameter, or with parameters already bound by another condition. */
    public ListQuery<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition with several parameters. */
    public ListQuery<T> where(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    /** Adds a condition that any of the columns contains the text, ignoring case and accents. */
    public ListQuery<T> whereAnyContains(String text, String parameter, String... columns) {
        List<String> alternatives = new ArrayList<>();
        for (String column : columns) {
            alternatives.add(TextFold.contains(column, parameter));
        }
        return whereText("(" + String.join(" or ", alternatives) + ")", parameter, text);
    }

    /**
     * Adds a condition built with {@link TextFold#contains} on {@code parameter}; does nothing when the
     * text is null.
     */
    public ListQuery<T> whereText(String condition, String parameter, String text) {
        if (text != null) {
            conditions.add(condition);
            parameters.put(parameter, TextFold.containsPattern(text));
            parameters.put("foldFrom", TextFold.FROM);
            parameters.put("foldTo", TextFold.TO);
        }
        return this;
    }

    public Page<T> page(PageRequest page, Ordering<T> ordering) {
        return page(page, ordering, false);
    }

    /** A page, with the number of all matching rows when {@code withTotalCount}. */
    public Page<T> page(PageRequest page, Ordering<T> ordering, boolean withTotalCount) {
        EntityManager em = Panache.getEntityManager();
        List<String> pageConditions = new ArrayList<>(conditions);
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        if (page.after() != null) {
            Cursor after = Cursor.decode(page.after(), ordering.list());
            pageConditions.add(ordering.afterCondition());
            pageParameters.put("afterId", after.id());
            if (ordering.hasKeys()) {
                if (after.sortKey() == null) {
                    throw Cursor.malformed(page.after(), ordering.list());
                }
                try {
                    ordering.bindSortKey(after.sortKey(), pageParameters);
                } catch (RuntimeException unreadableKey) {
                    throw Cursor.malformed(page.after(), ordering.list());
                }
            }
        }
        List<String> keys = ordering.keyExpressions();
        String select = keys.isEmpty() ? "e" : "e, " + String.join(", ", keys);
        TypedQuery<Object[]> query = em.createQuery("select " + select + " from " + entityName() + " e"
                + whereClause(pageConditions) + ordering.orderByClause(), Object[].class);
        pageParameters.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(page.first() + 1).getResultList();
        boolean hasNextPage = rows.size() > page.first();
        List<Object[]> shown = rows.subList(0, Math.min(rows.size(), page.first()));
        List<T> nodes = new ArrayList<>(shown.size());
        List<String> cursors = new ArrayList<>(shown.size());
        for (Object[] row : shown) {
            T node = type.cast(row[0]);
            nodes.add(node);
            List<Object> keyValues = Arrays.asList(row).subList(1, row.length);
            cursors.add(new Cursor(ordering.list(), ordering.idOf(node), ordering.sortKeyOf(keyValues)).encode());
        }
        PageInfo pageInfo = new PageInfo(hasNextPage, page.after() != null,
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Page<>(nodes, cursors, pageInfo, withTotalCount ? count() : null);
    }

    /**
     * Rows computed over the matching entities, for aggregates: {@code select <select> from Entity e <joins> where
     * <the conditions> <tail>}, where the tail holds the grouping and ordering.
     */
    public <R> List<R> select(String select, String joins, String tail, Class<R> resultType) {
        TypedQuery<R> query = Panache.getEntityManager().createQuery("select " + select + " from " + entityName() + " e "
                + joins + whereClause(conditions) + " " + tail, resultType);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private int count() {
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(
                "select count(e) from " + entityName() + " e" + whereClause(conditions), Long.class);
        parameters.forEach(query::setParameter);
        return Math.toIntExact(query.getSingleResult());
    }

    private String entityName() {
        return type.getSimpleName();
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
