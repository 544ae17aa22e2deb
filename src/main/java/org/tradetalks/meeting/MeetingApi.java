package org.tradetalks.meeting;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.smallrye.graphql.api.Context;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCode;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.date.DateBound;
import org.tradetalks.date.DateOrder;
import org.tradetalks.date.DateRange;
import org.tradetalks.date.PartialDateInput;
import org.tradetalks.edit.References;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
import org.tradetalks.id.Ids;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.official.Official;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.pagination.Ordering;
import org.tradetalks.pagination.PageRequest;
import org.tradetalks.pagination.Selection;
import org.tradetalks.statement.Statement;
import org.tradetalks.tariff.Tariff;
import org.tradetalks.text.TextFold;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class MeetingApi {

    @Inject
    QueryLimits limits;

    @Inject
    ChangeFeed changes;

    @Inject
    Context context;

    @Query
    @Description("A meeting by its id; NOT_FOUND when there is none.")
    public Meeting meeting(@NonNull @Id @Description("The meeting's id.") String id) {
        return Meeting.<Meeting>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("meeting", id));
    }

    @Query
    @Description("Meetings ordered by start date, a page at a time. Meetings known only to the month or the year sort "
            + "on the first day of their period (see DateOrder).")
    public @NonNull MeetingConnection meetings(
            @Description("Which meetings; all when left out.") MeetingFilter filter,
            @DefaultValue("DATE_ASC") @Description("Oldest or newest first.") DateOrder orderBy,
            @Description("Page size, at most 100 (default 20).") Integer first,
            @Description("Return the meetings after this cursor (`pageInfo.endCursor` of the page before).") String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        return new MeetingConnection(filtered(filter, "filter").page(page, byDate(orderBy), Selection.wantsTotalCount(context)));
    }

    /** The meetings a filter lets through; {@code field} names the filter argument in error messages. */
    public static ListQuery<Meeting> filtered(MeetingFilter filter, String field) {
        MeetingFilter criteria = filter == null ? new MeetingFilter() : filter;
        DateRange.check(criteria.from, criteria.to, field);
        ListQuery<Meeting> query = ListQuery.of(Meeting.class)
                .where("exists (select 1 from Meeting m join m.participants p where m.id = e.id and p.id = :participant)",
                        "participant", Ids.parse(criteria.participant, field + ".participant"))
                .where("e.startDate.date >= :from", "from", DateBound.firstDayOf(criteria.from))
                .where("e.startDate.date <= :to", "to", DateBound.lastDayOf(criteria.to))
                .whereIn("e.status", "status", criteria.status)
                .whereIn("e.kind", "kind", criteria.kind)
                .whereText("exists (select 1 from Meeting m join m.topics t where m.id = e.id and "
                        + TextFold.contains("t", "topic") + ")", "topic", criteria.topic);
        List<String> codes = CountryCodes.requireKnown(criteria.countries, field + ".countries");
        if (!codes.isEmpty()) {
            query.where(Meeting.attendedByAll("countries", codes.size()), "countries", codes.toArray(String[]::new));
            if (criteria.onlyCountries) {
                query.where(Meeting.countryCountIs(codes.size()));
            }
        } else if (criteria.onlyCountries) {
            throw ApiException.badInput(field + ".onlyCountries: give the countries too (e.g. countries: [\"CN\", \"JP\"]).");
        }
        return query;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds a meeting, citing at least one source.")
    public @NonNull Meeting createMeeting(@NonNull @Valid @Description("The meeting's own fields.") MeetingInput input,
            @NonNull @Id @Description("The articles that report it (at least one).") List<@NonNull String> sourceIds) {
        Meeting meeting = new Meeting();
        apply(input, meeting);
        meeting.sources.addAll(References.sources(sourceIds, "sourceIds"));
        meeting.persistAndFlush();
        return announced(ChangeKind.CREATED, meeting);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Replaces a meeting's own fields; refused with CONFLICT when `version` is not the current one.")
    public @NonNull Meeting updateMeeting(@NonNull @Id @Description("The meeting to change.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version,
            @NonNull @Valid @Description("The meeting's new fields.") MeetingInput input) {
        Meeting meeting = editable(id, version);
        apply(input, meeting);
        meeting.flush();
        return announced(ChangeKind.UPDATED, meeting);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a meeting; its statements stay, no longer tied to it. Returns the id.")
    public @NonNull @Id String deleteMeeting(@NonNull @Id @Description("The meeting to delete.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version) {
        Meeting meeting = editable(id, version);
        Statement.update("meetingId = null where meetingId = ?1", meeting.id);
        Tariff.<Tariff>list("select e from Tariff e join e.meetings m where m.id = ?1", meeting.id)
                .forEach(tariff -> tariff.meetings.remove(meeting));
        meeting.delete();
        changes.announce(Meeting.class, ChangeKind.DELETED, meeting.id);
        return id;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records that an official took part (or is to take part) in a meeting.")
    public @NonNull Meeting addMeetingParticipant(@NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Id @Description("The official.") String officialId) {
        Meeting meeting = References.target(Meeting.class, "meeting", meetingId);
        meeting.participants.add(References.referenced(Official.class, "official", officialId, "officialId"));
        return linked(meeting);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Removes an official from a meeting's participants.")
    public @NonNull Meeting removeMeetingParticipant(@NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Id @Description("The official.") String officialId) {
        Meeting meeting = References.target(Meeting.class, "meeting", meetingId);
        if (!meeting.participants.remove(References.referenced(Official.class, "official", officialId, "officialId"))) {
            throw ApiException.badInput("officialId: official '" + officialId + "' is not a participant of this meeting.");
        }
        return linked(meeting);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records that a country took part in a meeting.")
    public @NonNull Meeting addMeetingCountry(@NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Description("The country.") CountryCode country) {
        Meeting meeting = References.target(Meeting.class, "meeting", meetingId);
        meeting.countries.add(References.country(country, "country"));
        return linked(meeting);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Removes a country from a meeting's countries.")
    public @NonNull Meeting removeMeetingCountry(@NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Description("The country.") CountryCode country) {
        Meeting meeting = References.target(Meeting.class, "meeting", meetingId);
        if (!meeting.countries.remove(References.country(country, "country"))) {
            throw ApiException.badInput("country: '" + country + "' did not take part in this meeting.");
        }
        return linked(meeting);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Cites another article for a meeting.")
    public @NonNull Meeting addMeetingSource(@NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Id @Description("The article.") String sourceId) {
        Meeting meeting = References.target(Meeting.class, "meeting", meetingId);
        meeting.sources.add(References.referenced(org.tradetalks.source.Source.class, "source", sourceId, "sourceId"));
        return linked(meeting);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Stops citing an article for a meeting; a meeting keeps at least one source.")
    public @NonNull Meeting removeMeetingSource(@NonNull @Id @Description("The meeting.") String meetingId,
            @NonNull @Id @Description("The article.") String sourceId) {
        Meeting meeting = References.target(Meeting.class, "meeting", meetingId);
        References.unlinkSource(meeting.sources, sourceId, "meeting");
        return linked(meeting);
    }

    @Subscription
    @Description("Meetings created, updated or deleted, in commit order, each once its transaction has "
            + "committed: from now on, or, given `after`, first every change since that event (kept for 7 days by "
            + "default), then the new ones.")
    public Multi<MeetingChange> meetingChanged(
            @Description("The `cursor` of the last event received: resume after it.") String after) {
        return changes.subscribe(Meeting.class, after).map(MeetingChange::new);
    }

    private Meeting linked(Meeting meeting) {
        meeting.flush();
        return announced(ChangeKind.UPDATED, meeting);
    }

    private Meeting announced(ChangeKind kind, Meeting meeting) {
        changes.announce(Meeting.class, kind, meeting.id);
        return meeting;
    }

    private static Meeting editable(String id, int version) {
        Meeting meeting = References.target(Meeting.class, "meeting", id);
        Versions.check("meeting", id, meeting.version, version);
        return meeting;
    }

    private static void apply(MeetingInput input, Meeting meeting) {
        meeting.title = input.title.strip();
        meeting.kind = input.kind;
        meeting.status = input.status;
        meeting.startDate = input.startDate.toPartialDate();
        meeting.endDate = PartialDateInput.toPartialDate(input.endDate);
        DateRange.check(meeting.startDate, meeting.endDate, "input.startDate", "input.endDate");
        meeting.location = input.location;
        meeting.outcome = input.outcome;
        meeting.note = input.note;
        meeting.topics.clear();
        if (input.topics != null) {
            input.topics.forEach(topic -> meeting.topics.add(topic.strip()));
        }
    }

    static Ordering<Meeting> byDate(DateOrder order) {
        return Ordering.<Meeting> of("meetings", meeting -> meeting.id)
                .byPartialDate("e.startDate")
                .descending(order == DateOrder.DATE_DESC)
                .build();
    }

    @Description("What was discussed, as short lowercase phrases (\"steel and aluminum tariffs\", \"TPP\"), in "
            + "alphabetical order.")
    public @NonNull List<@NonNull List<@NonNull String>> topics(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, t from Meeting e join e.topics t where array_has(:keys, e.id) order by t", String.class);
    }

    @Description("Countries that took part, by code.")
    public @NonNull List<@NonNull List<@NonNull Country>> countries(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, c from Meeting e join e.countries c where array_has(:keys, e.id) order by c.code",
                Country.class);
    }

    @Description("Named officials who took part (or are to take part), by name. Officials the articles do not "
            + "name (delegations, \"vice-ministers\") are not listed.")
    public @NonNull List<@NonNull List<@NonNull Official>> participants(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, p from Meeting e join e.participants p where array_has(:keys, e.id)"
                        + " order by p.name, p.id",
                Official.class);
    }

    @Description("Statements made at or about this meeting, quotes and reported speech, by date.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Meeting> meetings) {
        return Batch.childrenByKey(meetings, meeting -> meeting.id,
                "from Statement e where array_has(:keys, e.meetingId) order by e.date.date, e.date.precision, e.id",
                Statement.class,
                statement -> statement.meetingId);
    }

    @Description("Tariffs on this meeting's agenda or negotiated at it.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffs(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select m.id, e from Tariff e join e.meetings m where array_has(:keys, m.id) order by e.id",
                Tariff.class);
    }

    @Description("Articles this meeting is reported in.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, s from Meeting e join e.sources s where array_has(:keys, e.id) order by s.id",
                org.tradetalks.source.Source.class);
    }
}
