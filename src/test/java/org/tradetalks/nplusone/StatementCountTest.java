package org.tradetalks.nplusone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.tradetalks.country.Country;
import org.tradetalks.date.DatePrecision;
import org.tradetalks.date.PartialDate;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.meeting.MeetingKind;
import org.tradetalks.meeting.MeetingStatus;
import org.tradetalks.official.Official;
import org.tradetalks.source.Source;
import org.tradetalks.statement.Statement;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.OwnDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Nested fields are resolved in batches: the number of SQL statements a request costs depends on the
 * query's shape, never on how many rows it returns.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class StatementCountTest {

    private static final String COUNTRIES_DOWN_TO_SOURCES = """
            { countries { code meetings { title participants { name statements { quote source { title } } } } } }""";

    private static final String PAGE_DOWN_TO_SOURCES = """
            { meetings(first: 60) { totalCount edges { node { title countries { code }
                participants { name aliases country { name } roles { title source { title } }
                  statements { quote meeting { title } source { title } } } sources { title } tariffs { product } } } } }""";

    /** The analyst's fields: counts and filtered lists with arguments (aliased), provenance, the timeline, aggregates. */
    private static final String ANALYST_FIELDS = """
            { officials(orderBy: MEETINGS_HELD_DESC, first: 100) { totalCount edges { node { name
                held: meetingCount(status: [HELD]) all: meetingCount statementCount quotes: statementCount(kind: [QUOTE])
                attended: meetings(status: [HELD]) { title participants { name } } planned: meetings(status: [SCHEDULED]) { title }
                statements { kind text } } } }
              countries { code meetingCount statementCount meetings(status: [HELD, SCHEDULED]) { title } held: meetingCount(status: [HELD]) }
              tariffs(first: 100) { edges { node { rateFigure { quote } rateSource { title } statusSince { text }
                statusAsOf { text } statusSource { title } } } }
              timeline(countries: ["US", "JP"], first: 100) { totalCount edges { node { kind meeting { title } tariffEvent { status } } } }
              meetingCounts(by: [COUNTRY_PAIR, YEAR]) { count } }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementCountDoesNotGrowWithTheData() {
        Measured analystBefore = measure(ANALYST_FIELDS, data -> data.getInt("countries.find { it.code == 'JP' }.held"));
        Measured countriesBefore = measure(COUNTRIES_DOWN_TO_SOURCES, data -> countAll(data, "countries.meetings.participants.statements.flatten()"));
        Measured pageBefore = measure(PAGE_DOWN_TO_SOURCES, data -> countAll(data, "meetings.edges.node.participants.statements.flatten()"));

        addMeetingsWithParticipantsAndStatements(40, 4, 3);

        Measured analystAfter = measure(ANALYST_FIELDS, data -> data.getInt("countries.find { it.code == 'JP' }.held"));
        Measured countriesAfter = measure(COUNTRIES_DOWN_TO_SOURCES, data -> countAll(data, "countries.meetings.participants.statements.flatten()"));
        Measured pageAfter = measure(PAGE_DOWN_TO_SOURCES, data -> countAll(data, "meetings.edges.node.participants.statements.flatten()"));

        assertTrue(countriesAfter.rows() >= countriesBefore.rows() + 40 * 4 * 3,
                "the added statements are in the response: " + countriesBefore.rows() + " -> " + countriesAfter.rows());
        assertTrue(pageAfter.rows() > pageBefore.rows(), "the page holds more statements after the insert");
        assertEquals(countriesBefore.statements(), countriesAfter.statements(),
                "SQL statements for countries → meetings → participants → statements → source");
        assertEquals(pageBefore.statements(), pageAfter.statements(), "SQL statements for the nested meetings page");
        assertTrue(countriesAfter.statements() <= 6, "one statement per level, got " + countriesAfter.statements());
        assertEquals(analystBefore.rows() + 40, analystAfter.rows(), "Japan's held meetings counted, the new ones included");
        assertEquals(analystBefore.statements(), analystAfter.statements(),
                "SQL statements for counts, filtered nested lists, provenance, the timeline and aggregates");
    }

    @Test
    void anEntityTheRequestHasReadAlreadyIsNotReadAgain() {
        Measured participantsCountries = measure("{ meetings(first: 20) { edges { node { participants { country { code } } } } } }",
                data -> countAll(data, "meetings.edges.node.participants.flatten()"));
        Measured meetingCountriesToo = measure("{ meetings(first: 20) { edges { node { countries { code } participants {"
                + " country { code } } } } } }", data -> countAll(data, "meetings.edges.node.participants.flatten()"));
        assertTrue(participantsCountries.rows() > 20, "the page has participants: " + participantsCountries.rows());
        assertEquals(3, participantsCountries.statements(), "the page, its participants, their countries");
        assertEquals(3, meetingCountriesToo.statements(), "the page, its countries and participants: the participants'"
                + " countries are among the countries read for the page's meetings");
    }

    private record Measured(long statements, int rows) {
    }

    private int measured;

    /**
     * Executes the query as a document of its own each time (a named operation): a repeated document would be answered
     * from the response cache, and the rows written below bypass the change log that would make it stale.
     */
    private Measured measure(String query, ToIntFunction<JsonPath> rows) {
        sessionFactory.getStatistics().clear();
        JsonPath data = GraphQL.data("query Measured" + (++measured) + " " + query);
        return new Measured(sessionFactory.getStatistics().getPrepareStatementCount(), rows.applyAsInt(data));
    }

    private static int countAll(JsonPath data, String path) {
        List<Object> values = data.getList(path);
        return values == null ? 0 : values.size();
    }

    @Transactional
    void addMeetingsWithParticipantsAndStatements(int meetings, int participantsEach, int statementsEach) {
        Country us = Country.findById("US");
        Country japan = Country.findById("JP");
        Source source = Source.<Source>listAll().get(0);
        for (int m = 0; m < meetings; m++) {
            Meeting meeting = new Meeting();
            meeting.title = "Synthetic round " + m;
            meeting.kind = MeetingKind.TALKS;
            meeting.status = MeetingStatus.HELD;
            meeting.startDate = new PartialDate(LocalDate.of(2030, 1, 1).plusDays(m), DatePrecision.DAY);
            meeting.countries.add(us);
            meeting.countries.add(japan);
            meeting.sources.add(source);
            List<Official> participants = new ArrayList<>();
            for (int p = 0; p < participantsEach; p++) {
                Official official = new Official();
                official.name = "Synthetic delegate " + m + "-" + p;
                official.countryCode = p % 2 == 0 ? "US" : "JP";
                official.aliases.add("Delegate " + m + "-" + p);
                official.sources.add(source);
                official.persist();
                participants.add(official);
            }
            meeting.participants.addAll(participants);
            meeting.persist();
            for (Official speaker : participants) {
                for (int s = 0; s < statementsEach; s++) {
                    Statement statement = new Statement();
                    statement.kind = org.tradetalks.statement.StatementKind.QUOTE;
                    statement.text = "Synthetic remark " + s + " by " + speaker.name;
                    statement.speakerId = speaker.id;
                    statement.date = new PartialDate(meeting.startDate.date, DatePrecision.DAY);
                    statement.meetingId = meeting.id;
                    statement.sourceId = source.id;
                    statement.persist();
                }
            }
        }
    }
}
