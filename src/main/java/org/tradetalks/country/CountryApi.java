package org.tradetalks.country;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.error.ApiException;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.official.Official;
import org.tradetalks.tariff.Tariff;

@GraphQLApi
public class CountryApi {

    @Query
    @Description("Every country, ordered by code.")
    public @NonNull List<@NonNull Country> countries() {
        return Country.list("order by code");
    }

    @Query
    @Description("A country by its ISO 3166-1 alpha-2 code (case-insensitive).")
    public Country country(@NonNull @Id @Name("code") String code) {
        String normalized = CountryCodes.normalize(code, "code");
        return Country.<Country>findByIdOptional(normalized)
                .orElseThrow(() -> ApiException.notFound("country", normalized));
    }

    @Description("Officials acting for this country, by name.")
    public @NonNull List<@NonNull List<@NonNull Official>> officials(@Source List<Country> countries) {
        return Batch.childrenByKey(countries, country -> country.code,
                "from Official e where e.countryCode in :keys order by e.name, e.id", Official.class,
                official -> official.countryCode);
    }

    @Description("Meetings this country took part in, by date.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Country> countries) {
        return Batch.children(countries, country -> country.code,
                "select c.code, e from Meeting e join e.countries c where c.code in :keys order by e.startDate.date, e.id",
                Meeting.class);
    }

    @Description("Tariffs this country imposed or threatened.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffsImposed(@Source List<Country> countries) {
        return Batch.childrenByKey(countries, country -> country.code,
                "from Tariff e where e.imposedByCode in :keys order by e.id", Tariff.class,
                tariff -> tariff.imposedByCode);
    }

    @Description("Tariffs other countries imposed or threatened on this one.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffsFaced(@Source List<Country> countries) {
        return Batch.children(countries, country -> country.code,
                "select c.code, e from Tariff e join e.targets c where c.code in :keys order by e.id", Tariff.class);
    }
}
