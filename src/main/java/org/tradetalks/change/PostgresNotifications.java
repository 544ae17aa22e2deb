package org.tradetalks.change;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs on PostgreSQL for the commits of every replica ({@link ChangeLog#CHANNEL}) and wakes the delivery for each.
 * It holds a connection of its own, outside the pool: a listening session must stay open, and a pooled one would be
 * handed back and forth. A lost connection is reopened with growing pauses; each (re)connection wakes the delivery too,
 * which then reads whatever was committed while nobody listened. The notifications carry no data: the log does.
 */
final class PostgresNotifications implements Runnable {

    private static final Logger LOG = Logger.getLogger(PostgresNotifications.class);
    /** How long one wait for notifications blocks (the thread checks for shutdown in between). */
    private static final int WAIT_MILLIS = 1000;
    /** How often an idle listening connection is checked: a wait alone does not notice a server that went away. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(15);

    private final String url;
    private final Properties credentials;
    private final Runnable wake;
    private final Thread thread;
    private volatile boolean running = true;

    PostgresNotifications(String url, String user, String password, Runnable wake) {
        this.url = url;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        this.wake = wake;
        this.thread = new Thread(this, "change-log-listener");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    @Override
    public void run() {
        Duration retry = FIRST_RETRY;
        boolean lost = false;
        while (running) {
            try (Connection connection = new org.postgresql.Driver().connect(url, credentials);
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ChangeLog.CHANNEL);
                if (lost) {
                    LOG.info("Listening to the change log's notifications again; catching up on what was committed "
                            + "meanwhile");
                    lost = false;
                }
                retry = FIRST_RETRY;
                wake.run();
                listen(connection.unwrap(PGConnection.class), statement);
            } catch (SQLException | RuntimeException failure) {
                if (!running) {
                    return;
                }
                if (!lost) {
                    LOG.warnf("Lost the connection that listens for the change log's notifications (%s); reconnecting. "
                            + "Meanwhile changes from other replicas arrive with the poll, at most a poll interval late.",
                            failure.getMessage());
                    lost = true;
                }
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    private void listen(PGConnection connection, Statement statement) throws SQLException {
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                wake.run();
            } else if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                statement.execute("SELECT 1");
                checked = System.nanoTime();
            }
        }
    }
}
