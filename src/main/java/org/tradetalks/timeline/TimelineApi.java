package org.tradetalks.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.date.DateRange;
import org.tradetalks.error.ApiException;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.tariff.TariffEvent;

import io.quarkus.panache.common.Parameters;

@GraphQLApi
public class TimelineApi {

    @Query
    @Description("What happened between two or more countries, oldest first: meetings all of them took part in, "
            + "and events of tariffs one of them imposed on another. Optionally limited to a date range.")
    public @NonNull List<@NonNull TimelineEntry> timeline(@NonNull List<@NonNull String> countries, LocalDate from,
            LocalDate to) {
        List<String> codes = CountryCodes.requireKnown(countries, "countries");
        if (codes.size() < 2) {
            throw ApiException.badInput("countries must name at least two different countries.");
        }
        DateRange.check(from, to, "timeline");
        Parameters parameters = Parameters.with("codes", codes.toArray(String[]::new));
        String period = "";
        if (from != null) {
            period += " and %1$s >= :from";
            parameters.and("from", from);
        }
        if (to != null) {
            period += " and %1$s <= :to";
            parameters.and("to", to);
        }

        List<TimelineEntry> entries = new ArrayList<>();
        Meeting.<Meeting>list("from Meeting e where " + Meeting.attendedByAll("codes", codes.size())
                + period.formatted("e.startDate.date"), parameters)
                .forEach(meeting -> entries.add(TimelineEntry.of(meeting)));
        TariffEvent.<TariffEvent>list("from TariffEvent e where exists (select 1 from Tariff t join t.targets target "
                + "where t.id = e.tariffId and array_has(:codes, t.imposedByCode) and array_has(:codes, target.code) "
                + "and target.code <> t.imposedByCode)" + period.formatted("e.date.date"), parameters)
                .forEach(event -> entries.add(TimelineEntry.of(event)));
        entries.sort(Comparator.comparing((TimelineEntry entry) -> entry.date.date).thenComparing(entry -> entry.kind));
        return entries;
    }
}
