package org.tradetalks.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The change log tables ({@code change_log}, {@code change_log_head}, see V3__change_log.sql), in plain JDBC: the rows
 * are appended while the transaction commits, after Hibernate has flushed its session, so they cannot be entities of
 * that session. Positions are taken from the head row, whose lock the appending transaction holds until it commits:
 * they follow commit order and leave no gaps.
 */
@ApplicationScoped
class ChangeLog {

    /** The PostgreSQL channel on which a committing transaction wakes every replica. */
    static final String CHANNEL = "trade_talks_changes";

    /** One row of the log. */
    record Entry(long position, String entity, long entityId, ChangeKind kind, OffsetDateTime committedAt) {
    }

    /** A change announced in a transaction that has not committed yet. */
    record Pending(String entity, long entityId, ChangeKind kind) {
    }

    @Inject
    DataSource dataSource;

    private volatile Boolean postgres;

    /** Whether the log lives in PostgreSQL, whose NOTIFY wakes the other replicas; otherwise in-process wake-ups only. */
    boolean onPostgres() throws SQLException {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.isWrapperFor(org.postgresql.PGConnection.class);
            }
        }
        return postgres;
    }

    /**
     * Appends a transaction's changes with the next positions, in the order they were announced, and on PostgreSQL
     * notifies the replicas (NOTIFY is delivered at commit, and not at all on rollback). Runs inside that transaction,
     * just before it commits: the connection is the transaction's own.
     */
    void append(List<Pending> changes, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long last;
            try (PreparedStatement take = connection.prepareStatement(
                    "UPDATE change_log_head SET position = position + ? WHERE id = 1")) {
                take.setLong(1, changes.size());
                take.executeUpdate();
            }
            try (Statement read = connection.createStatement();
                    ResultSet head = read.executeQuery("SELECT position FROM change_log_head WHERE id = 1")) {
                head.next();
                last = head.getLong(1);
            }
            OffsetDateTime committedAt = now.atOffset(ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO change_log (position, entity, entity_id, kind, committed_at) VALUES (?, ?, ?, ?, ?)")) {
                long position = last - changes.size();
                for (Pending change : changes) {
                    insert.setLong(1, ++position);
                    insert.setString(2, change.entity());
                    insert.setLong(3, change.entityId());
                    insert.setString(4, change.kind().name());
                    insert.setObject(5, committedAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (onPostgres()) {
                try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, Long.toString(last));
                    notify.execute();
                }
            }
        }
    }

    /** The last position handed out (0 before the first change). */
    long head() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement read = connection.createStatement();
                ResultSet head = read.executeQuery("SELECT position FROM change_log_head WHERE id = 1")) {
            head.next();
            return head.getLong(1);
        }
    }

    /**
     * The oldest position the log still holds: every later one is there too, positions having no gaps. After a purge
     * of everything, the position the next change will get.
     */
    long oldestKept() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement read = connection.createStatement();
                ResultSet oldest = read.executeQuery("SELECT MIN(position) FROM change_log")) {
            oldest.next();
            long position = oldest.getLong(1);
            return oldest.wasNull() ? head() + 1 : position;
        }
    }

    /**
     * Entries after {@code after} up to {@code through}, in position order, at most {@code limit}; only those of
     * {@code entity} unless it is null.
     */
    List<Entry> read(long after, long through, String entity, int limit) throws SQLException {
        String sql = "SELECT position, entity, entity_id, kind, committed_at FROM change_log"
                + " WHERE position > ? AND position <= ?" + (entity == null ? "" : " AND entity = ?")
                + " ORDER BY position FETCH FIRST ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql)) {
            int parameter = 0;
            read.setLong(++parameter, after);
            read.setLong(++parameter, through);
            if (entity != null) {
                read.setString(++parameter, entity);
            }
            read.setInt(++parameter, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getLong(3),
                            ChangeKind.valueOf(rows.getString(4)), rows.getObject(5, OffsetDateTime.class)));
                }
            }
            return entries;
        }
    }

    /**
     * Deletes the entries committed before {@code cutoff}, and any before them: the replicas' clocks may differ a
     * little, and the log must stay a run of positions without gaps. Returns how many it deleted.
     */
    int purge(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM change_log WHERE position <= "
                        + "(SELECT MAX(position) FROM change_log WHERE committed_at < ?)")) {
            delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }
}
