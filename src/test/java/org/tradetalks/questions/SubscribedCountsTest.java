package org.tradetalks.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradetalks.support.Lookup.vars;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Subscriber;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Counts and filtered nested lists answer in subscription events too, which are resolved outside any HTTP request
 * (their batches read in a transaction of their own), and in a mutation's answer.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class SubscribedCountsTest {

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());

    @Test
    void aMeetingEventCarriesItsParticipantsCounts() throws Exception {
        String source = Lookup.sourceId("003");
        String pence = Lookup.officialId("Mike Pence");
        // Other writing tests share this database: counts are compared with what they were before this test's change.
        JsonPath before = GraphQL.data("""
                query($o: ID!) { official(id: $o) { held: meetingCount(status: [HELD]) all: meetingCount }
                  country(code: "JP") { held: meetingCount(status: [HELD]) } }""", vars("o", pence));
        String meeting = editor.data("mutation($s: ID!) { createMeeting(input: {title: \"Counted round\", kind: TALKS, status: HELD, "
                + "startDate: {date: \"2035-01-01\", precision: DAY}}, sourceIds: [$s]) { id } }", vars("s", source))
                .getString("createMeeting.id");
        try (Subscriber subscriber = Subscriber.subscribe("subscription { meetingChanged { id meeting { title "
                + "participants { name held: meetingCount(status: [HELD]) all: meetingCount meetings(status: [HELD]) { title } } "
                + "countries { code meetingCount(status: [HELD]) } } } }")) {
            String probe = "mutation($m: ID!) { addMeetingCountry(meetingId: $m, country: \"JP\") { id } }";
            subscriber.awaitLive(() -> editor.data(probe, vars("m", meeting)), event -> meeting.equals(event.getString("meetingChanged.id")));
            // One change at a time: ChangeFeed's broadcast fails a subscriber that has not finished the event before
            // (no buffering), and these events resolve their counts asynchronously.
            subscriber.drain(Duration.ofMillis(1500));
            editor.data("mutation($m: ID!, $o: ID!) { addMeetingParticipant(meetingId: $m, officialId: $o) { id } }",
                    vars("m", meeting, "o", pence));
            List<JsonPath> events = subscriber.drain(Duration.ofMillis(1500)).stream()
                    .filter(event -> !event.getList("meetingChanged.meeting.participants").isEmpty()).toList();
            assertEquals(1, events.size(), "the event of the added participant");
            List<Map<String, Object>> participants = events.get(0).getList("meetingChanged.meeting.participants");
            int held = before.getInt("official.held") + 1;
            assertEquals(held, participants.get(0).get("held"), "Pence's held meetings and this one");
            assertEquals(before.getInt("official.all") + 1, participants.get(0).get("all"));
            assertEquals(held, ((List<?>) participants.get(0).get("meetings")).size());
            assertEquals(List.of(Map.of("code", "JP", "meetingCount", before.getInt("country.held") + 1)),
                    events.get(0).getList("meetingChanged.meeting.countries"));
        }
        assertEquals(List.of(before.getInt("official.held") + 1), editor.data("mutation($m: ID!, $o: ID!) { removeMeetingParticipant(meetingId: $m, officialId: $o) { "
                + "participants { held: meetingCount(status: [HELD]) } } addMeetingParticipant(meetingId: $m, officialId: $o) { "
                + "participants { held: meetingCount(status: [HELD]) } } }", vars("m", meeting, "o", pence))
                .getList("addMeetingParticipant.participants.held"), "and in a mutation's answer");
    }
}
