package org.tradetalks.official;

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
import org.tradetalks.statement.Statement;
import org.tradetalks.text.TextFold;

@GraphQLApi
public class OfficialApi {

    private static final Ordering<Official> BY_NAME = new Ordering<>("officials", "e.name", false,
            official -> official.name, key -> key, official -> official.id);

    @Inject
    QueryLimits limits;

    @Inject
    Context context;

    @Query
    public Official official(@NonNull @Id String id) {
        return Official.<Official>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("official", id));
    }

    @Query
    @Description("Officials ordered by name, a page at a time.")
    public @NonNull OfficialConnection officials(OfficialFilter filter, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        OfficialFilter criteria = filter == null ? new OfficialFilter() : filter;
        String country = criteria.country == null ? null : CountryCodes.requireKnown(criteria.country, "filter.country");
        return new OfficialConnection(ListQuery.of(Official.class)
                .where("e.countryCode = :country", "country", country)
                .whereText("(" + TextFold.contains("e.name", "name")
                        + " or exists (select 1 from Official o join o.aliases a where o.id = e.id and "
                        + TextFold.contains("a", "name") + "))", "name", criteria.name)
                .page(page, BY_NAME, Selection.wantsTotalCount(context)));
    }

    @Description("Other spellings of the name seen in the sources (transliterations, garbled translations).")
    public @NonNull List<@NonNull List<@NonNull String>> aliases(@Source List<Official> officials) {
        return Batch.children(officials, official -> official.id,
                "select e.id, a from Official e join e.aliases a where e.id in :keys order by a", String.class);
    }

    public @NonNull List<@NonNull Country> country(@Source List<Official> officials) {
        return Batch.one(officials, official -> official.countryCode, "from Country e where e.code in :keys",
                Country.class, country -> country.code);
    }

    @Description("Titles held, as the sources give them.")
    public @NonNull List<@NonNull List<@NonNull Role>> roles(@Source List<Official> officials) {
        return Batch.childrenByKey(officials, official -> official.id,
                "from Role e where e.officialId in :keys order by e.id", Role.class, role -> role.officialId);
    }

    @Description("Meetings attended, by date.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Official> officials) {
        return Batch.children(officials, official -> official.id,
                "select p.id, e from Meeting e join e.participants p where p.id in :keys order by e.startDate.date, e.id",
                Meeting.class);
    }

    @Description("Statements made, by date.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Official> officials) {
        return Batch.childrenByKey(officials, official -> official.id,
                "from Statement e where e.speakerId in :keys order by e.date.date, e.id", Statement.class,
                statement -> statement.speakerId);
    }

    @Description("Articles that mention this official.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Official> officials) {
        return Batch.children(officials, official -> official.id,
                "select e.id, s from Official e join e.sources s where e.id in :keys order by s.id",
                org.tradetalks.source.Source.class);
    }

    @Description("The article this title comes from.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<Role> roles) {
        return Batch.one(roles, role -> role.sourceId, "from Source e where e.id in :keys",
                org.tradetalks.source.Source.class, source -> source.id);
    }
}
