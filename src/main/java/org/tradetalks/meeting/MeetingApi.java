package org.tradetalks.meeting;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import io.smallrye.graphql.api.Context;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.date.DateRange;
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

@GraphQLApi
public class MeetingApi {

    @Inject
    QueryLimits limits;

    @Inject
    Context context;

    @Query
    public Meeting meeting(@NonNull @Id String id) {
        return Meeting.<Meeting>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("meeting", id));
    }

    @Query
    @Description("Meetings ordered by start date, a page at a time.")
    public @NonNull MeetingConnection meetings(MeetingFilter filter, @DefaultValue("DATE_ASC") DateOrder orderBy,
            Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        MeetingFilter criteria = filter == null ? new MeetingFilter() : filter;
        DateRange.check(criteria.from, criteria.to, "filter");
        ListQuery<Meeting> query = ListQuery.of(Meeting.class)
                .where("exists (select 1 from Meeting m join m.participants p where m.id = e.id and p.id = :participant)",
                        "participant", Ids.parse(criteria.participant, "filter.participant"))
                .where("e.startDate.date >= :from", "from", criteria.from)
                .where("e.startDate.date <= :to", "to", criteria.to)
                .where("e.status = :status", "status", criteria.status)
                .where("e.kind = :kind", "kind", criteria.kind)
                .whereText("exists (select 1 from Meeting m join m.topics t where m.id = e.id and "
                        + TextFold.contains("t", "topic") + ")", "topic", criteria.topic);
        if (criteria.countries != null && !criteria.countries.isEmpty()) {
            List<String> codes = CountryCodes.requireKnown(criteria.countries, "filter.countries");
            query.where("(select count(c) from Meeting m join m.countries c where m.id = e.id and c.code in :countries) = "
                    + codes.size(), "countries", codes);
        }
        return new MeetingConnection(query.page(page, byDate(orderBy), Selection.wantsTotalCount(context)));
    }

    static Ordering<Meeting> byDate(DateOrder order) {
        return new Ordering<>("meetings", "e.startDate.date", order == DateOrder.DATE_DESC,
                meeting -> meeting.startDate.date.toString(), LocalDate::parse, meeting -> meeting.id);
    }

    public @NonNull List<@NonNull List<@NonNull String>> topics(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, t from Meeting e join e.topics t where e.id in :keys order by t", String.class);
    }

    @Description("Countries that took part.")
    public @NonNull List<@NonNull List<@NonNull Country>> countries(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, c from Meeting e join e.countries c where e.id in :keys order by c.code", Country.class);
    }

    @Description("Named officials who took part (or are to take part).")
    public @NonNull List<@NonNull List<@NonNull Official>> participants(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, p from Meeting e join e.participants p where e.id in :keys order by p.name, p.id",
                Official.class);
    }

    @Description("Statements made at or about this meeting.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Meeting> meetings) {
        return Batch.childrenByKey(meetings, meeting -> meeting.id,
                "from Statement e where e.meetingId in :keys order by e.date.date, e.id", Statement.class,
                statement -> statement.meetingId);
    }

    @Description("Tariffs on this meeting's agenda.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffs(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select m.id, e from Tariff e join e.meetings m where m.id in :keys order by e.id", Tariff.class);
    }

    @Description("Articles this meeting is reported in.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Meeting> meetings) {
        return Batch.children(meetings, meeting -> meeting.id,
                "select e.id, s from Meeting e join e.sources s where e.id in :keys order by s.id",
                org.tradetalks.source.Source.class);
    }
}
