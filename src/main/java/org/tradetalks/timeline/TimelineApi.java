package org.tradetalks.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tradetalks.batch.ArgumentBatch;
import org.tradetalks.country.CountryCode;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.date.DateBound;
import org.tradetalks.date.DateOrder;
import org.tradetalks.date.DateRange;
import org.tradetalks.error.ApiException;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.pagination.Ordering;
import org.tradetalks.pagination.Page;
import org.tradetalks.pagination.PageRequest;
import org.tradetalks.pagination.Selection;
import org.tradetalks.tariff.TariffEvent;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Nullable;

/**
 * The dated story between countries: their meetings and the events of the tariffs between them, in one list. The two
 * kinds are read with a query each, both ordered by (date, precision, kind, id), and merged a page at a time; the
 * cursors of both carry that same key, so either query can continue after a cursor of the other.
 */
@GraphQLApi
public class TimelineApi {

    private static final String LIST = "timeline";

    @Inject
    QueryLimits limits;

    @Inject
    Context context;

    @Query
    @Description("What happened between two or more countries, a page at a time: meetings all of them took part in, "
            + "and the events of tariffs one of them imposed or threatened on another. Ordered by date; an entry known "
            + "only to the month or the year sorts on the first day of its period (\"2021\" as 1 January 2021), after "
            + "entries of that very day, and on the same date meetings come before tariff events.")
    public @NonNull TimelineConnection timeline(
            @NonNull @Description("Two or more countries, e.g. [\"US\", \"JP\"].") List<@NonNull CountryCode> countries,
            @DefaultValue("false") @Description("Only meetings no other country took part in (bilateral meetings, for "
                    + "two countries). Tariff events are always between the given countries.") boolean onlyCountries,
            @Description("Only entries of these kinds; both when left out.") @Nullable List<@NonNull TimelineEntryKind> kind,
            @Description("Entries on or after the first day of this day, month or year (\"2021\", \"2021-11\").")
            DateBound from,
            @Description("Entries on or before the last day of this day, month or year.") DateBound to,
            @DefaultValue("DATE_ASC") @Description("Oldest or newest first.") DateOrder orderBy,
            @Description("Page size, at most 100 (default 20).") Integer first,
            @Description("Return the entries after this cursor (`pageInfo.endCursor` of the page before).") String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        List<String> codes = CountryCodes.requireKnown(countries, "countries");
        if (codes.size() < 2) {
            throw ApiException.badInput("countries must name at least two different countries.");
        }
        DateRange.check(from, to, "timeline");
        List<TimelineEntryKind> kinds = ArgumentBatch.distinct(kind);
        boolean descending = orderBy == DateOrder.DATE_DESC;
        boolean withTotalCount = Selection.wantsTotalCount(context);
        String[] codeArray = codes.toArray(String[]::new);

        List<Positioned> entries = new ArrayList<>();
        boolean more = false;
        int total = 0;
        if (kinds.isEmpty() || kinds.contains(TimelineEntryKind.MEETING)) {
            ListQuery<Meeting> meetings = ListQuery.of(Meeting.class)
                    .where(Meeting.attendedByAll("codes", codes.size()), "codes", codeArray)
                    .where("e.startDate.date >= :from", "from", DateBound.firstDayOf(from))
                    .where("e.startDate.date <= :to", "to", DateBound.lastDayOf(to));
            if (onlyCountries) {
                meetings.where(Meeting.countryCountIs(codes.size()));
            }
            Page<Meeting> found = meetings.page(page, Ordering.<Meeting> of(LIST, meeting -> meeting.id)
                    .byPartialDate("e.startDate").byConstant(TimelineEntryKind.MEETING.ordinal())
                    .descending(descending).build(), withTotalCount);
            for (int i = 0; i < found.nodes().size(); i++) {
                entries.add(new Positioned(TimelineEntry.of(found.nodes().get(i)), found.cursors().get(i)));
            }
            more |= found.pageInfo().hasNextPage;
            total += withTotalCount ? found.totalCount() : 0;
        }
        if (kinds.isEmpty() || kinds.contains(TimelineEntryKind.TARIFF_EVENT)) {
            Page<TariffEvent> found = ListQuery.of(TariffEvent.class)
                    .where("exists (select 1 from Tariff t join t.targets target where t.id = e.tariffId"
                            + " and array_has(:codes, t.imposedByCode) and array_has(:codes, target.code)"
                            + " and target.code <> t.imposedByCode)", Map.of("codes", codeArray))
                    .where("e.date.date >= :from", "from", DateBound.firstDayOf(from))
                    .where("e.date.date <= :to", "to", DateBound.lastDayOf(to))
                    .page(page, Ordering.<TariffEvent> of(LIST, event -> event.id)
                            .byPartialDate("e.date").byConstant(TimelineEntryKind.TARIFF_EVENT.ordinal())
                            .descending(descending).build(), withTotalCount);
            for (int i = 0; i < found.nodes().size(); i++) {
                entries.add(new Positioned(TimelineEntry.of(found.nodes().get(i)), found.cursors().get(i)));
            }
            more |= found.pageInfo().hasNextPage;
            total += withTotalCount ? found.totalCount() : 0;
        }

        Comparator<Positioned> order = Comparator.comparing(Positioned::entry, TimelineEntry.ORDER);
        entries.sort(descending ? order.reversed() : order);
        List<Positioned> shown = entries.subList(0, Math.min(entries.size(), page.first()));
        return new TimelineConnection(Page.of(shown.stream().map(Positioned::entry).toList(),
                shown.stream().map(Positioned::cursor).toList(), more || entries.size() > page.first(),
                page.after() != null, withTotalCount ? total : null));
    }

    private record Positioned(TimelineEntry entry, String cursor) {
    }
}
