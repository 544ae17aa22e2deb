package org.tradetalks.figure;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.id.Ids;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.tariff.Tariff;

@GraphQLApi
public class FigureApi {

    @Query
    @Description("The numbers the articles state (trade balances, rates, durations, counts), each with the article "
            + "that states it, in the order they were recorded.")
    public @NonNull List<@NonNull Figure> figures(@Description("Which figures; all when left out.") FigureFilter filter) {
        FigureFilter criteria = filter == null ? new FigureFilter() : filter;
        String country = CountryCodes.requireKnown(criteria.country, "filter.country");
        return ListQuery.of(Figure.class)
                .where("(e.countryCode = :country or e.partnerCode = :country)", "country", country)
                .whereIn("e.unit", "unit", criteria.unit)
                .where("e.sourceId = :source", "source", Ids.parse(criteria.source, "filter.source"))
                .whereAnyContains(criteria.text, "text", "e.description", "e.quote")
                .select("e", "", "order by e.id", Figure.class);
    }

    @Description("The country the figure is about (for a trade balance, the country whose balance it is).")
    public List<Country> country(@Source List<Figure> figures) {
        return Batch.one(figures, figure -> figure.countryCode, Country.class);
    }

    @Description("The other country, for a bilateral figure such as a trade balance.")
    public List<Country> partner(@Source List<Figure> figures) {
        return Batch.one(figures, figure -> figure.partnerCode, Country.class);
    }

    @Description("The article stating the figure.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<Figure> figures) {
        return Batch.one(figures, figure -> figure.sourceId, org.tradetalks.source.Source.class);
    }

    @Description("Tariffs whose rate this figure states (see `Tariff.rateFigure`).")
    public @NonNull List<@NonNull List<@NonNull Tariff>> rateOf(@Source List<Figure> figures) {
        return Batch.childrenByKey(figures, figure -> figure.id,
                "from Tariff e where array_has(:keys, e.rateFigureId) order by e.id", Tariff.class,
                tariff -> tariff.rateFigureId);
    }
}
