package org.tradetalks.change;

/**
 * A committed change to one entity, announced to subscribers. Fired inside the mutation's transaction;
 * {@link ChangeFeed} passes it on only once that transaction has committed.
 *
 * @param type the changed entity's class
 * @param kind what happened to it
 * @param id its id
 * @param entity the entity as written, or null when it was deleted
 */
public record Changed(Class<?> type, ChangeKind kind, Long id, Object entity) {
}
