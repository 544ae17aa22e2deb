package org.tradetalks.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Subscriber;
import org.tradetalks.support.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The change log itself: positions follow commit order without gaps however many transactions commit at once, a
 * rolled-back transaction leaves nothing, and a cursor older than what the log keeps is refused. Runs in the service's
 * own process (it reads and purges the log directly), so it has no packaged-jar variant.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class ChangeLogTest {

    private static final Duration QUIET = Duration.ofMillis(1500);
    private static final int WRITERS = 6;
    private static final int TRANSACTIONS = 20;
    private static final int CHANGES = 3;

    @Inject
    ChangeFeed changes;

    @Inject
    ChangeLog log;

    @Test
    void concurrentTransactionsGetConsecutivePositionsInCommitOrderAndARolledBackOneGetsNone() throws Exception {
        long before = log.head();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int t = 0; t < TRANSACTIONS; t++) {
                        int transaction = t;
                        if (transaction == TRANSACTIONS / 2) {
                            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                                changes.announce(Meeting.class, ChangeKind.UPDATED, id(writer, 99, 0));
                                throw new IllegalStateException("rolls back after announcing");
                            }));
                        }
                        QuarkusTransaction.requiringNew().run(() -> {
                            for (int c = 0; c < CHANGES; c++) {
                                changes.announce(Meeting.class, ChangeKind.UPDATED, id(writer, transaction, c));
                            }
                        });
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        List<ChangeLog.Entry> entries = log.read(before, Long.MAX_VALUE, null, 10_000);
        assertEquals(WRITERS * TRANSACTIONS * CHANGES, entries.size(), "one entry per committed change, none rolled back");
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(before + 1 + i, entries.get(i).position(), "positions without gaps");
        }
        int[] lastTransaction = new int[WRITERS];
        Arrays.fill(lastTransaction, -1);
        for (int i = 0; i < entries.size(); i += CHANGES) {
            long first = entries.get(i).entityId();
            int writer = (int) (first / 1_000_000);
            int transaction = (int) (first / 1_000 % 1_000);
            assertTrue(transaction != 99, "the rolled-back transaction left no entry");
            for (int c = 0; c < CHANGES; c++) {
                assertEquals(id(writer, transaction, c), entries.get(i + c).entityId(),
                        "a transaction's changes are consecutive, in the order announced");
            }
            assertEquals(lastTransaction[writer] + 1, transaction, "each writer's transactions in the order they committed");
            lastTransaction[writer] = transaction;
        }
    }

    @Test
    void announcingOutsideATransactionIsRefused() {
        assertThrows(IllegalStateException.class, () -> changes.announce(Meeting.class, ChangeKind.CREATED, 1L));
    }

    @Test
    void aCursorOlderThanWhatTheLogKeepsIsRefusedWithCursorExpiredAndALaterOneStillResumes() throws Exception {
        GraphQL.Client editor = GraphQL.as(Tokens.editor());
        String source = Lookup.sourceId("004");
        String create = "mutation($title: String!, $s: ID!) { createMeeting(input: {title: $title, kind: TALKS, "
                + "status: PROPOSED, startDate: {date: \"2037-01-01\", precision: DAY}}, sourceIds: [$s]) { id } }";
        List<JsonPath> events;
        try (Subscriber subscriber = Subscriber.subscribe("subscription { meetingChanged { id cursor committedAt meeting { title } } }")) {
            String probe = editor.data(create, vars("title", "Retention probe", "s", source)).getString("createMeeting.id");
            subscriber.awaitLive(() -> QuarkusTransaction.requiringNew().run(
                    () -> changes.announce(Meeting.class, ChangeKind.UPDATED, Long.valueOf(probe))),
                    event -> probe.equals(event.getString("meetingChanged.id")));
            for (String title : List.of("Purged", "Kept", "Newest")) {
                editor.data(create, vars("title", title, "s", source));
            }
            events = subscriber.drain(QUIET).stream()
                    .filter(event -> event.getString("meetingChanged.meeting.title") != null
                            && List.of("Purged", "Kept", "Newest").contains(event.getString("meetingChanged.meeting.title")))
                    .toList();
        }
        assertEquals(List.of("Purged", "Kept", "Newest"),
                events.stream().map(event -> event.getString("meetingChanged.meeting.title")).toList());

        // What the hourly purge does once the retention has passed for "Purged" but not for "Kept".
        Instant kept = OffsetDateTime.parse(events.get(1).getString("meetingChanged.committedAt")).toInstant();
        assertTrue(log.purge(kept) > 0);

        String afterPurged = events.get(0).getString("meetingChanged.cursor");
        try (Subscriber resumed = Subscriber.subscribe("subscription { meetingChanged(after: \"" + afterPurged + "\") "
                + "{ meeting { title } } }")) {
            assertEquals(List.of("Kept", "Newest"), resumed.drain(QUIET).stream()
                    .map(event -> event.getString("meetingChanged.meeting.title")).toList(),
                    "the cursor of the last purged change still resumes: nothing after it is gone");
        }
        try (Subscriber tooOld = Subscriber.connect()) {
            String beforePurged = cursorBefore(events.get(0).getString("meetingChanged.cursor"));
            tooOld.start("old", "subscription { meetingChanged(after: \"" + beforePurged + "\") { id } }");
            assertRefused(tooOld.awaitRefusal("old"), "CURSOR_EXPIRED", "after");
        }
    }

    /** The cursor of the change just before {@code cursor}'s, whose successor has been purged. */
    private static String cursorBefore(String cursor) {
        return ChangeCursor.encode(ChangeCursor.decode(cursor) - 1);
    }

    private static long id(int writer, int transaction, int change) {
        return writer * 1_000_000L + transaction * 1_000L + change;
    }
}
