package org.tradetalks.meeting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tradetalks.batch.ArgumentBatch;
import org.tradetalks.country.CountryCode;
import org.tradetalks.error.ApiException;
import org.tradetalks.pagination.ListQuery;

/** Meetings counted by group, in one SQL query, for the questions analysts ask first (per year, per country pair). */
@GraphQLApi
public class MeetingCountsApi {

    @Query
    @Description("Meetings counted by year, by pair of countries, by status or by kind, or by several of these at "
            + "once (`by: [COUNTRY_PAIR, YEAR]` counts per pair and year), without fetching them. Groups with no "
            + "meeting are left out; groups come in the order of their values, dimension by dimension.")
    public @NonNull List<@NonNull MeetingCount> meetingCounts(
            @NonNull @Description("What to count by: one or more dimensions.") List<@NonNull MeetingDimension> by,
            @Description("Which meetings to count (e.g. `{status: [HELD]}`); all when left out.") MeetingFilter filter) {
        List<MeetingDimension> dimensions = ArgumentBatch.distinct(by);
        if (dimensions.isEmpty()) {
            throw ApiException.badInput("by: name at least one dimension (YEAR, COUNTRY_PAIR, STATUS or KIND).");
        }
        ListQuery<Meeting> query = MeetingApi.filtered(filter, "filter");
        List<String> groups = new ArrayList<>();
        String joins = "";
        for (MeetingDimension dimension : dimensions) {
            switch (dimension) {
                case YEAR -> groups.add("extract(year from e.startDate.date)");
                case COUNTRY_PAIR -> {
                    joins = "join e.countries c1 join e.countries c2";
                    query.where("c1.code < c2.code");
                    groups.add("c1.code");
                    groups.add("c2.code");
                }
                case STATUS -> groups.add("e.status");
                case KIND -> groups.add("e.kind");
            }
        }
        String grouping = String.join(", ", groups);
        List<MeetingCount> counts = new ArrayList<>();
        for (Object[] row : query.select(grouping + ", count(distinct e.id)", joins,
                "group by " + grouping + " order by " + grouping, Object[].class)) {
            int column = 0;
            Integer year = null;
            List<CountryCode> pair = null;
            MeetingStatus status = null;
            MeetingKind kind = null;
            for (MeetingDimension dimension : dimensions) {
                switch (dimension) {
                    case YEAR -> year = ((Number) row[column++]).intValue();
                    case COUNTRY_PAIR -> pair = List.of(new CountryCode((String) row[column++]),
                            new CountryCode((String) row[column++]));
                    case STATUS -> status = (MeetingStatus) row[column++];
                    case KIND -> kind = (MeetingKind) row[column++];
                }
            }
            counts.add(new MeetingCount(year, pair, status, kind, ((Number) row[column]).intValue()));
        }
        return counts;
    }
}
