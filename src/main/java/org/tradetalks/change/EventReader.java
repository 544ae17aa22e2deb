package org.tradetalks.change;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads pages of the change log as subscription events: the entries, and the entities they name as the database holds
 * them now, one query per entity type. Blocking: it runs on worker threads, never on the delivery context.
 */
@ApplicationScoped
class EventReader {

    /** Some entries of the log, as events of the entity types asked for. */
    record Page(List<Changed> events, long lastPosition, int entries) {
    }

    @Inject
    ChangeLog log;

    @Inject
    EntityManager entityManager;

    /**
     * The entries after {@code after} up to {@code through} (at most {@code limit}, only {@code entity}'s unless it is
     * null), as events of those whose entity is in {@code types}; the others only move {@link Page#lastPosition()}.
     */
    Page read(long after, long through, String entity, int limit, Map<String, Class<?>> types) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ChangeLog.Entry> entries = log.read(after, through, entity, limit);
            Map<String, Map<Long, Object>> entities = load(entries, types);
            List<Changed> events = new ArrayList<>(entries.size());
            for (ChangeLog.Entry entry : entries) {
                Class<?> type = types.get(entry.entity());
                if (type != null) {
                    events.add(new Changed(type, entry.kind(), entry.entityId(),
                            entities.getOrDefault(entry.entity(), Map.of()).get(entry.entityId()), entry.position(),
                            entry.committedAt()));
                }
            }
            return new Page(events, entries.isEmpty() ? after : entries.get(entries.size() - 1).position(), entries.size());
        });
    }

    /**
     * Checks that a subscription can resume after {@code position}: the log still holds every change after it, and the
     * position is one the log has reached.
     */
    void checkResumable(long position) throws SQLException {
        if (position > log.head()) {
            throw ChangeCursor.malformed(ChangeCursor.encode(position));
        }
        if (position < log.oldestKept() - 1) {
            throw new ApiException(ErrorCode.CURSOR_EXPIRED, "after: the change log no longer holds the changes that "
                    + "followed this cursor (it keeps them for a limited time). Load the current data again, then "
                    + "subscribe without 'after'.");
        }
    }

    private Map<String, Map<Long, Object>> load(List<ChangeLog.Entry> entries, Map<String, Class<?>> types) {
        Map<String, List<Long>> idsByEntity = new HashMap<>();
        for (ChangeLog.Entry entry : entries) {
            if (entry.kind() != ChangeKind.DELETED && types.containsKey(entry.entity())) {
                idsByEntity.computeIfAbsent(entry.entity(), ignored -> new ArrayList<>()).add(entry.entityId());
            }
        }
        Map<String, Map<Long, Object>> loaded = new HashMap<>();
        Session session = entityManager.unwrap(Session.class);
        idsByEntity.forEach((name, ids) -> {
            List<Long> distinct = ids.stream().distinct().toList();
            // In the order of the ids, null where one is gone (deleted since it was logged).
            List<?> found = session.findMultiple(types.get(name), distinct);
            Map<Long, Object> byId = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                if (found.get(i) != null) {
                    byId.put(distinct.get(i), found.get(i));
                }
            }
            loaded.put(name, byId);
        });
        return loaded;
    }
}
