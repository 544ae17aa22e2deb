package org.tradetalks.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradetalks.support.DataSnapshot;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Refusals;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Reads are public; every change needs a valid bearer token of a user in the editor group. A refused
 * change writes nothing.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class EditorAccessTest {

    /** One mutation of each kind, naming curated records (ids 1 exist in every table of the curated data). */
    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("createCountry", "mutation { createCountry(code: \"FR\", input: {name: \"France\", region: \"Europe\"}) { code } }"),
                Arguments.of("updateCountry", "mutation { updateCountry(code: \"JP\", version: 0, input: {name: \"Nippon\", region: \"Asia\"}) { code } }"),
                Arguments.of("deleteCountry", "mutation { deleteCountry(code: \"KR\", version: 0) }"),
                Arguments.of("createSource", "mutation { createSource(input: {title: \"Forged\", publisher: \"Nobody\"}) { id } }"),
                Arguments.of("deleteSource", "mutation { deleteSource(id: \"1\", version: 0) }"),
                Arguments.of("createOfficial", "mutation { createOfficial(input: {name: \"Intruder\", country: \"US\"}, sourceIds: [\"1\"]) { id } }"),
                Arguments.of("updateOfficial", "mutation { updateOfficial(id: \"1\", version: 0, input: {name: \"Renamed\", country: \"US\"}) { id } }"),
                Arguments.of("addOfficialAlias", "mutation { addOfficialAlias(officialId: \"1\", alias: \"Mickey K.\") { id } }"),
                Arguments.of("addOfficialRole", "mutation { addOfficialRole(officialId: \"1\", input: {title: \"King\", sourceId: \"1\"}) { id } }"),
                Arguments.of("createMeeting", "mutation { createMeeting(input: {title: \"Secret talks\", kind: TALKS, status: HELD, "
                        + "startDate: {date: \"2030-01-01\", precision: DAY}}, sourceIds: [\"1\"]) { id } }"),
                Arguments.of("addMeetingParticipant", "mutation { addMeetingParticipant(meetingId: \"1\", officialId: \"6\") { id } }"),
                Arguments.of("deleteMeeting", "mutation { deleteMeeting(id: \"1\", version: 0) }"),
                Arguments.of("createTariff", "mutation { createTariff(input: {imposedBy: \"US\", product: \"everything\", status: IN_FORCE, "
                        + "ratePercent: 100, rateOrigin: SOURCE}, sourceIds: [\"1\"]) { id } }"),
                Arguments.of("updateTariff", "mutation { updateTariff(id: \"1\", version: 0, input: {imposedBy: \"US\", product: \"x\", status: LIFTED}) { id } }"),
                Arguments.of("addTariffTarget", "mutation { addTariffTarget(tariffId: \"1\", country: \"KR\") { id } }"),
                Arguments.of("addTariffEvent", "mutation { addTariffEvent(tariffId: \"1\", input: {date: {date: \"2030-01-01\", precision: DAY}, "
                        + "status: LIFTED, description: \"Lifted.\", sourceId: \"1\"}) { id } }"),
                Arguments.of("createStatement", "mutation { createStatement(input: {text: \"I never said that.\", speakerId: \"1\", "
                        + "date: {date: \"2030-01-01\", precision: DAY}, sourceId: \"1\"}) { id } }"),
                Arguments.of("deleteStatement", "mutation { deleteStatement(id: \"1\", version: 0) }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aChangeWithoutATokenIsUnauthenticatedAndWritesNothing(String name, String mutation) {
        Map<String, Object> before = DataSnapshot.take();
        assertRefused(GraphQL.error(mutation), "UNAUTHENTICATED", "Sign in first", "editor role");
        assertEquals(before, DataSnapshot.take());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aChangeByAReaderIsForbiddenAndWritesNothing(String name, String mutation) {
        Map<String, Object> before = DataSnapshot.take();
        assertRefused(GraphQL.as(Tokens.reader()).error(mutation), "FORBIDDEN", "may read but not change data", "editor role");
        assertEquals(before, DataSnapshot.take());
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) Tokens::expiredEditor, "has expired"),
                Arguments.of("signed with an unknown key", (Supplier<String>) Tokens::editorSignedByAStranger, "is invalid"),
                Arguments.of("from another issuer", (Supplier<String>) Tokens::editorFromAnotherIssuer, "is invalid"),
                Arguments.of("not a JWT", (Supplier<String>) () -> "not-a-token", "is invalid"),
                Arguments.of("unsigned (alg none)", (Supplier<String>) Tokens::unsignedEditor, "is invalid"),
                Arguments.of("tampered with", (Supplier<String>) Tokens::tamperedReaderClaimingEditor, "is invalid"));
    }

    /** A bad token on a change is a GraphQL error saying what is wrong with it, never a bare 401; nothing is written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aChangeWithABadEditorTokenIsUnauthenticatedAndWritesNothing(String why, Supplier<String> token, String says) {
        Map<String, Object> before = DataSnapshot.take();
        Response response = GraphQL.as(token.get())
                .request("mutation { createCountry(code: \"FR\", input: {name: \"France\", region: \"Europe\"}) { code } }", Map.of())
                .post("/graphql");
        assertEquals(200, response.statusCode(), response.asString());
        assertRefused(Refusals.onlyError(response.jsonPath()), "UNAUTHENTICATED", "Your bearer token " + says, "sign in again");
        assertEquals(before, DataSnapshot.take());
    }

    @Test
    void readsArePublic() {
        String kantor = Lookup.officialId("Mickey Kantor");
        assertEquals("Mickey Kantor", GraphQL.data("query($id: ID!) { official(id: $id) { name } }", vars("id", kantor))
                .getString("official.name"));
        assertEquals("Mickey Kantor", GraphQL.as(Tokens.reader()).data("query($id: ID!) { official(id: $id) { name } }",
                vars("id", kantor)).getString("official.name"), "a reader's token is fine for reading");
    }

    @Test
    void anEditorMayChangeData() {
        String id = GraphQL.as(Tokens.editor()).data("mutation { createSource(input: {title: \"Editor's article\", publisher: \"Kyodo\"}) { id } }")
                .getString("createSource.id");
        assertEquals("Editor's article", GraphQL.data("query($id: ID!) { source(id: $id) { title } }", vars("id", id)).getString("source.title"));
    }

    /** Authentication is asked for only by mutations: a stale or foreign token never breaks a public read. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aReadWithABadTokenIsStillAnswered(String why, Supplier<String> token, String says) {
        List<String> codes = GraphQL.as(token.get()).data("{ countries { code } }").getList("countries.code");
        assertEquals(true, codes.containsAll(List.of("CN", "JP", "KR", "US")), codes::toString);
    }
}
