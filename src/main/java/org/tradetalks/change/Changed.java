package org.tradetalks.change;

import java.time.OffsetDateTime;

/**
 * A committed change to one entity, as a subscriber receives it: read from the change log, with the entity as the
 * database holds it when the event is delivered.
 *
 * @param type the changed entity's class
 * @param kind what happened to it
 * @param id its id
 * @param entity the entity as it is now, or null when it was deleted (by this change or a later one)
 * @param position the change's position in the log: changes are delivered in this order, which is commit order
 * @param committedAt when the change was logged, by the clock of the replica that made it
 */
public record Changed(Class<?> type, ChangeKind kind, Long id, Object entity, long position, OffsetDateTime committedAt) {

    /** The opaque cursor a client passes as {@code after} to resume after this change. */
    public String cursor() {
        return ChangeCursor.encode(position);
    }
}
