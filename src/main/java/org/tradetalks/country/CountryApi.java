package org.tradetalks.country;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;
import org.tradetalks.figure.Figure;
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

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Country createCountry(@NonNull @Id String code, @NonNull @Valid CountryInput input) {
        String normalized = CountryCodes.normalize(code, "code");
        if (Country.findByIdOptional(normalized).isPresent()) {
            throw new ApiException(ErrorCode.CONFLICT, "code: country '" + normalized + "' already exists.");
        }
        Country country = new Country();
        country.code = normalized;
        apply(input, country);
        country.persistAndFlush();
        return country;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Country updateCountry(@NonNull @Id String code, int version, @NonNull @Valid CountryInput input) {
        Country country = country(code);
        Versions.check("country", country.code, country.version, version);
        apply(input, country);
        country.flush();
        return country;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a country no fact refers to any more; returns its code.")
    public @NonNull @Id String deleteCountry(@NonNull @Id String code, int version) {
        Country country = country(code);
        Versions.check("country", country.code, country.version, version);
        long references = Official.count("countryCode", country.code)
                + Meeting.count("select count(e) from Meeting e join e.countries c where c.code = ?1", country.code)
                + Tariff.count("imposedByCode", country.code)
                + Tariff.count("select count(e) from Tariff e join e.targets c where c.code = ?1", country.code)
                + Figure.count("countryCode = ?1 or partnerCode = ?1", country.code);
        if (references > 0) {
            throw new ApiException(ErrorCode.CONFLICT, "country '" + country.code + "' is still referred to by "
                    + references + " officials, meetings, tariffs or figures; remove those references first.");
        }
        country.delete();
        return country.code;
    }

    private static void apply(CountryInput input, Country country) {
        country.name = input.name.strip();
        country.region = input.region.strip();
    }

    @Description("Officials acting for this country, by name.")
    public @NonNull List<@NonNull List<@NonNull Official>> officials(@Source List<Country> countries) {
        return Batch.childrenByKey(countries, country -> country.code,
                "from Official e where array_has(:keys, e.countryCode) order by e.name, e.id", Official.class,
                official -> official.countryCode);
    }

    @Description("Meetings this country took part in, by date.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Country> countries) {
        return Batch.children(countries, country -> country.code,
                "select c.code, e from Meeting e join e.countries c where array_has(:keys, c.code)"
                        + " order by e.startDate.date, e.id",
                Meeting.class);
    }

    @Description("Tariffs this country imposed or threatened.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffsImposed(@Source List<Country> countries) {
        return Batch.childrenByKey(countries, country -> country.code,
                "from Tariff e where array_has(:keys, e.imposedByCode) order by e.id", Tariff.class,
                tariff -> tariff.imposedByCode);
    }

    @Description("Tariffs other countries imposed or threatened on this one.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffsFaced(@Source List<Country> countries) {
        return Batch.children(countries, country -> country.code,
                "select c.code, e from Tariff e join e.targets c where array_has(:keys, c.code) order by e.id",
                Tariff.class);
    }
}
