package org.tradetalks.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Takes the records of one logger (and the loggers under it) away from the console while a test provokes them, so
 * the test can assert them and a green build prints no alarming line. Close it to give the logger back.
 *
 * <pre>
 * try (LogCapture log = LogCapture.of("io.agroal.pool")) {
 *     ...
 *     assertTrue(log.contains(Level.WARNING, "Connection is broken"));
 * }
 * </pre>
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level levelBefore;
    private final boolean parentHandlersBefore;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String category) {
        logger = Logger.getLogger(category);
        levelBefore = logger.getLevel();
        parentHandlersBefore = logger.getUseParentHandlers();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** Captures everything {@code category} logs, at every level, until closed. */
    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The records of exactly this level. */
    public List<LogRecord> at(Level level) {
        return records.stream().filter(record -> level.equals(record.getLevel())).toList();
    }

    /** Whether a record of this level has a message (formatted, with its parameters) that contains {@code text}. */
    public boolean contains(Level level, String text) {
        return at(level).stream().anyMatch(record -> message(record).contains(text));
    }

    /** The record's message with its parameters filled in, as the console would show it. */
    public static String message(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                : new SimpleFormatter().formatMessage(record);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlersBefore);
        logger.setLevel(levelBefore);
    }
}
