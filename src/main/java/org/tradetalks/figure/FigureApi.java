package org.tradetalks.figure;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCodes;

@GraphQLApi
public class FigureApi {

    @Query
    @Description("Figures the articles state, optionally only those about a country (as the country or its partner).")
    public @NonNull List<@NonNull Figure> figures(@Id String country) {
        if (country == null) {
            return Figure.list("order by id");
        }
        String code = CountryCodes.requireKnown(country, "country");
        return Figure.list("countryCode = ?1 or partnerCode = ?1 order by id", code);
    }

    @Description("The country the figure is about.")
    public List<Country> country(@Source List<Figure> figures) {
        return Batch.one(figures, figure -> figure.countryCode, "from Country e where array_has(:keys, e.code)",
                Country.class, country -> country.code);
    }

    @Description("The other country, for a bilateral figure such as a trade balance.")
    public List<Country> partner(@Source List<Figure> figures) {
        return Batch.one(figures, figure -> figure.partnerCode, "from Country e where array_has(:keys, e.code)",
                Country.class, country -> country.code);
    }

    @Description("The article stating the figure.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<Figure> figures) {
        return Batch.one(figures, figure -> figure.sourceId, "from Source e where array_has(:keys, e.id)",
                org.tradetalks.source.Source.class, source -> source.id);
    }
}
