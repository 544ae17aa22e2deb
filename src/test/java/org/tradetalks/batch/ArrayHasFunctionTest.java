package org.tradetalks.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** {@code array_has(:keys, value)}, the key filter of every batch query, on the curated data. */
@QuarkusTest
class ArrayHasFunctionTest {

    private static final String CODES = "select c.code from Country c where array_has(:keys, c.code) order by c.code";
    private static final String IDS = "select s.id from Source s where array_has(:keys, s.id) order by s.id";

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void findsExactlyTheRowsWhoseValueIsInTheArray() {
        assertEquals(List.of("JP", "US"), select(CODES, new String[] { "US", "XX", "JP", "jp" }));
        assertEquals(List.of(1L, 3L), select(IDS, new Long[] { 3L, 1L, 999L }));
        assertEquals(List.of(), select(IDS, new Long[] { 999L }));
    }

    @Test
    void aRepeatedQueryTakesItsSqlPlanFromTheCacheWhateverTheArraySize() {
        select(IDS, new Long[] { 1L });
        sessionFactory.getStatistics().clear();
        select(IDS, new Long[] { 1L, 2L });
        select(IDS, new Long[] { 1L, 2L, 3L });
        select(IDS, new Long[] { 4L });

        QueryStatistics statistics = sessionFactory.getStatistics().getQueryStatistics(IDS);
        assertEquals(3, statistics.getExecutionCount());
        assertEquals(0, statistics.getPlanCacheMissCount(), "nothing planned again");
        // Each execution finds its parsed HQL in the cache; with an IN list that is all it finds, the SQL is
        // translated again. With the array, the SQL plan is found too.
        assertEquals(6, statistics.getPlanCacheHitCount(), "the parsed query and its SQL plan, 3 times each");
    }

    @Test
    void batchKeysBecomeAnArrayOfTheirOwnClass() {
        Object[] ids = Batch.asArray(new LinkedHashSet<>(List.of(7L, 3L)));
        assertEquals(Long[].class, ids.getClass());
        assertEquals(List.of(7L, 3L), List.of(ids));
        assertEquals(String[].class, Batch.asArray(new LinkedHashSet<>(List.of("JP"))).getClass());
        assertThrows(ArrayStoreException.class, () -> Batch.asArray(new LinkedHashSet<>(List.of(1L, "JP"))),
                "keys of one query share one class");
    }

    private List<?> select(String hql, Object[] keys) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(hql, Object.class).setParameter("keys", keys).getResultList());
        assertTrue(rows.stream().allMatch(row -> row.getClass() == keys.getClass().getComponentType()));
        return rows;
    }
}
