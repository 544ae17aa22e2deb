package org.tradetalks.tariff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tradetalks.batch.ArgumentBatch;
import org.tradetalks.country.CountryCode;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.date.DateBound;
import org.tradetalks.date.DateRange;
import org.tradetalks.error.ApiException;
import org.tradetalks.pagination.ListQuery;

/** Tariff events counted by group, in one SQL query (per year, per country pair, ...). */
@GraphQLApi
public class TariffEventCountsApi {

    private static final String PAIR_FIRST = "case when t.imposedByCode < target.code then t.imposedByCode else target.code end";
    private static final String PAIR_SECOND = "case when t.imposedByCode < target.code then target.code else t.imposedByCode end";

    @Query
    @Description("Tariff events (the dated changes in tariffs: put in force, threatened, exempted, negotiated, ...) "
            + "counted by year, status, imposing country, target or country pair, or by several of these at once, "
            + "without fetching them. Groups with no event are left out; groups come in the order of their values.")
    public @NonNull List<@NonNull TariffEventCount> tariffEventCounts(
            @NonNull @Description("What to count by: one or more dimensions.") List<@NonNull TariffEventDimension> by,
            @Description("Which events to count; all when left out.") TariffEventFilter filter) {
        List<TariffEventDimension> dimensions = ArgumentBatch.distinct(by);
        if (dimensions.isEmpty()) {
            throw ApiException.badInput("by: name at least one dimension (YEAR, STATUS, IMPOSED_BY, TARGET or COUNTRY_PAIR).");
        }
        TariffEventFilter criteria = filter == null ? new TariffEventFilter() : filter;
        DateRange.check(criteria.from, criteria.to, "filter");
        ListQuery<TariffEvent> query = ListQuery.of(TariffEvent.class)
                .whereIn("t.imposedByCode", "imposedBy", CountryCodes.requireKnown(criteria.imposedBy, "filter.imposedBy"))
                .whereIn("target.code", "target", CountryCodes.requireKnown(criteria.target, "filter.target"))
                .whereIn("e.status", "status", criteria.status)
                .where("e.date.date >= :from", "from", DateBound.firstDayOf(criteria.from))
                .where("e.date.date <= :to", "to", DateBound.lastDayOf(criteria.to));
        List<String> groups = new ArrayList<>();
        for (TariffEventDimension dimension : dimensions) {
            switch (dimension) {
                case YEAR -> groups.add("extract(year from e.date.date)");
                case STATUS -> groups.add("e.status");
                case IMPOSED_BY -> groups.add("t.imposedByCode");
                case TARGET -> groups.add("target.code");
                case COUNTRY_PAIR -> {
                    groups.add(PAIR_FIRST);
                    groups.add(PAIR_SECOND);
                }
            }
        }
        String grouping = String.join(", ", groups);
        List<TariffEventCount> counts = new ArrayList<>();
        for (Object[] row : query.select(grouping + ", count(distinct e.id)",
                "join Tariff t on t.id = e.tariffId join t.targets target",
                "group by " + grouping + " order by " + grouping, Object[].class)) {
            int column = 0;
            Integer year = null;
            TariffStatus status = null;
            CountryCode imposedBy = null;
            CountryCode target = null;
            List<CountryCode> pair = null;
            for (TariffEventDimension dimension : dimensions) {
                switch (dimension) {
                    case YEAR -> year = ((Number) row[column++]).intValue();
                    case STATUS -> status = (TariffStatus) row[column++];
                    case IMPOSED_BY -> imposedBy = new CountryCode((String) row[column++]);
                    case TARGET -> target = new CountryCode((String) row[column++]);
                    case COUNTRY_PAIR -> pair = List.of(new CountryCode((String) row[column++]),
                            new CountryCode((String) row[column++]));
                }
            }
            counts.add(new TariffEventCount(year, status, imposedBy, target, pair, ((Number) row[column]).intValue()));
        }
        return counts;
    }
}
