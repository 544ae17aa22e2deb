package org.tradetalks.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.date.DatePrecision;
import org.tradetalks.date.PartialDate;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.meeting.MeetingKind;
import org.tradetalks.meeting.MeetingStatus;
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
 * A change announced inside a transaction that then rolls back (a write that failed after the
 * announcement, as a commit-time failure would) never reaches subscribers; the same change committed does.
 * Runs in the service's own process, so it has no packaged-jar variant.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class RolledBackChangesTest {

    @Inject
    ChangeFeed changes;

    @Test
    void aRolledBackMeetingIsNeverAnnouncedAndACommittedOneIs() throws Exception {
        String source = Lookup.sourceId("004");
        GraphQL.Client editor = GraphQL.as(Tokens.editor());
        try (Subscriber subscriber = Subscriber.subscribe("subscription { meetingChanged { kind id meeting { title } } }")) {
            subscriber.awaitLive(() -> editor.data("mutation($s: ID!) { createMeeting(input: {title: \"In-process probe\", "
                    + "kind: TALKS, status: HELD, startDate: {date: \"2035-01-01\", precision: DAY}}, sourceIds: [$s]) { id } }",
                    vars("s", source)), event -> "In-process probe".equals(event.getString("meetingChanged.meeting.title")));

            AtomicLong rolledBack = new AtomicLong();
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                rolledBack.set(writeAndAnnounce("Rolled back meeting"));
                throw new IllegalStateException("the write fails after its announcement");
            }));
            long committed = QuarkusTransaction.requiringNew().call(() -> writeAndAnnounce("Committed meeting"));

            List<JsonPath> events = subscriber.drain(Duration.ofMillis(1500)).stream()
                    .filter(event -> !"In-process probe".equals(event.getString("meetingChanged.meeting.title"))).toList();
            assertEquals(1, events.size(), () -> "one event: " + events.stream().map(JsonPath::prettify).toList());
            assertEquals(Map.of("kind", "CREATED", "id", String.valueOf(committed), "meeting", Map.of("title", "Committed meeting")),
                    events.get(0).getMap("meetingChanged"));
            assertRefused(GraphQL.error("query($id: ID!) { meeting(id: $id) { title } }", vars("id", String.valueOf(rolledBack.get()))),
                    "NOT_FOUND");
        }
    }

    private long writeAndAnnounce(String title) {
        Meeting meeting = new Meeting();
        meeting.title = title;
        meeting.kind = MeetingKind.TALKS;
        meeting.status = MeetingStatus.HELD;
        meeting.startDate = new PartialDate(LocalDate.of(2035, 1, 2), DatePrecision.DAY);
        meeting.persistAndFlush();
        changes.announce(Meeting.class, ChangeKind.CREATED, meeting.id);
        return meeting.id;
    }
}
