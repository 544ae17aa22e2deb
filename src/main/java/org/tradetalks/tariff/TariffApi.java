package org.tradetalks.tariff;

import java.util.List;

import jakarta.inject.Inject;

import io.smallrye.graphql.api.Context;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.error.ApiException;
import org.tradetalks.id.Ids;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.pagination.Ordering;
import org.tradetalks.pagination.PageRequest;
import org.tradetalks.pagination.Selection;

@GraphQLApi
public class TariffApi {

    private static final Ordering<Tariff> BY_ID = Ordering.byId("tariffs", tariff -> tariff.id);

    @Inject
    QueryLimits limits;

    @Inject
    Context context;

    @Query
    public Tariff tariff(@NonNull @Id String id) {
        return Tariff.<Tariff>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("tariff", id));
    }

    @Query
    @Description("Tariffs and tariff threats, a page at a time.")
    public @NonNull TariffConnection tariffs(TariffFilter filter, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        TariffFilter criteria = filter == null ? new TariffFilter() : filter;
        String imposedBy = criteria.imposedBy == null ? null : CountryCodes.requireKnown(criteria.imposedBy, "filter.imposedBy");
        String target = criteria.target == null ? null : CountryCodes.requireKnown(criteria.target, "filter.target");
        return new TariffConnection(ListQuery.of(Tariff.class)
                .where("e.imposedByCode = :imposedBy", "imposedBy", imposedBy)
                .where("exists (select 1 from Tariff t join t.targets c where t.id = e.id and c.code = :target)",
                        "target", target)
                .where("e.status = :status", "status", criteria.status)
                .whereAnyContains(criteria.product, "product", "e.product")
                .page(page, BY_ID, Selection.wantsTotalCount(context)));
    }

    @Description("The country that imposed or threatened the tariff.")
    public @NonNull List<@NonNull Country> imposedBy(@Source List<Tariff> tariffs) {
        return Batch.one(tariffs, tariff -> tariff.imposedByCode, "from Country e where e.code in :keys",
                Country.class, country -> country.code);
    }

    @Description("Countries whose exports the tariff hits.")
    public @NonNull List<@NonNull List<@NonNull Country>> targets(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, c from Tariff e join e.targets c where e.id in :keys order by c.code", Country.class);
    }

    @Description("Meetings where the tariff was on the agenda.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, m from Tariff e join e.meetings m where e.id in :keys order by m.startDate.date, m.id",
                Meeting.class);
    }

    @Description("Dated changes in the tariff's standing, oldest first.")
    public @NonNull List<@NonNull List<@NonNull TariffEvent>> events(@Source List<Tariff> tariffs) {
        return Batch.childrenByKey(tariffs, tariff -> tariff.id,
                "from TariffEvent e where e.tariffId in :keys order by e.date.date, e.id", TariffEvent.class,
                event -> event.tariffId);
    }

    @Description("Articles the tariff is reported in.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Tariff> tariffs) {
        return Batch.children(tariffs, tariff -> tariff.id,
                "select e.id, s from Tariff e join e.sources s where e.id in :keys order by s.id",
                org.tradetalks.source.Source.class);
    }

    public @NonNull List<@NonNull Tariff> tariff(@Source List<TariffEvent> events) {
        return Batch.one(events, event -> event.tariffId, "from Tariff e where e.id in :keys", Tariff.class,
                tariff -> tariff.id);
    }

    @Description("The article reporting this event.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<TariffEvent> events) {
        return Batch.one(events, event -> event.sourceId, "from Source e where e.id in :keys",
                org.tradetalks.source.Source.class, source -> source.id);
    }
}
