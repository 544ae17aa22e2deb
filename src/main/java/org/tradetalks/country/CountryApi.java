package org.tradetalks.country;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Nullable;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.ArgumentBatch;
import org.tradetalks.batch.Batch;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;
import org.tradetalks.figure.Figure;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.meeting.MeetingStatus;
import org.tradetalks.official.Official;
import org.tradetalks.statement.StatementKind;
import org.tradetalks.tariff.Tariff;

@GraphQLApi
public class CountryApi {

    @Inject
    Context context;

    /** Every change is logged, for the response caches of every replica (docs/CACHING.md). */
    @Inject
    ChangeFeed changes;

    @Query
    @Description("Every country, ordered by code.")
    public @NonNull List<@NonNull Country> countries() {
        return Country.list("order by code");
    }

    @Query
    @Description("A country by its ISO 3166-1 alpha-2 code (any case); NOT_FOUND when there is none.")
    public Country country(@NonNull @Name("code") @Description("The country's code, e.g. \"JP\".") CountryCode code) {
        return Country.<Country>findByIdOptional(code.code())
                .orElseThrow(() -> ApiException.notFound("country", code.code()));
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds a country; refused with CONFLICT when its code exists.")
    public @NonNull Country createCountry(@NonNull @Description("The new country's code.") CountryCode code,
            @NonNull @Valid @Description("Its name and region.") CountryInput input) {
        if (Country.findByIdOptional(code.code()).isPresent()) {
            throw new ApiException(ErrorCode.CONFLICT, "code: country '" + code + "' already exists.");
        }
        Country country = new Country();
        country.code = code.code();
        apply(input, country);
        country.persistAndFlush();
        changes.announce(Country.class, ChangeKind.CREATED, country.code);
        return country;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Replaces a country's name and region; refused with CONFLICT when `version` is not the current one.")
    public @NonNull Country updateCountry(@NonNull @Description("The country to change.") CountryCode code,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version,
            @NonNull @Valid @Description("Its new name and region.") CountryInput input) {
        Country country = country(code);
        Versions.check("country", country.code, country.version, version);
        apply(input, country);
        country.flush();
        changes.announce(Country.class, ChangeKind.UPDATED, country.code);
        return country;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a country no fact refers to any more; returns its code.")
    public @NonNull CountryCode deleteCountry(@NonNull @Description("The country to delete.") CountryCode code,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version) {
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
        changes.announce(Country.class, ChangeKind.DELETED, country.code);
        return code;
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

    @Description("Meetings this country took part in, by date. Pass `status: [HELD]` for the meetings that took place.")
    public @NonNull CompletionStage<@NonNull List<@NonNull Meeting>> meetings(@Source Country country,
            @Description("Only meetings with one of these statuses; all when left out.") @Nullable List<@NonNull MeetingStatus> status) {
        List<MeetingStatus> statuses = ArgumentBatch.distinct(status);
        return ArgumentBatch.children(context, "Country.meetings", statuses, country.code,
                "select c.code, e from Meeting e join e.countries c where array_has(:keys, c.code)"
                        + (statuses.isEmpty() ? "" : " and e.status in :status")
                        + " order by e.startDate.date, e.startDate.precision, e.id",
                ArgumentBatch.parameter("status", statuses), Meeting.class);
    }

    @Description("How many meetings this country took part in, without fetching them.")
    public @NonNull CompletionStage<@NonNull Integer> meetingCount(@Source Country country,
            @Description("Count only meetings with one of these statuses; all when left out.") @Nullable List<@NonNull MeetingStatus> status) {
        List<MeetingStatus> statuses = ArgumentBatch.distinct(status);
        return ArgumentBatch.count(context, "Country.meetingCount", statuses, country.code,
                "select c.code, count(e) from Meeting e join e.countries c where array_has(:keys, c.code)"
                        + (statuses.isEmpty() ? "" : " and e.status in :status") + " group by c.code",
                ArgumentBatch.parameter("status", statuses));
    }

    @Description("How many statements this country's officials made, without fetching them (statements of unnamed "
            + "speakers are not counted: they belong to no official).")
    public @NonNull CompletionStage<@NonNull Integer> statementCount(@Source Country country,
            @Description("Count only statements of these kinds ([QUOTE] for exact words); all when left out.")
            @Nullable List<@NonNull StatementKind> kind) {
        List<StatementKind> kinds = ArgumentBatch.distinct(kind);
        return ArgumentBatch.count(context, "Country.statementCount", kinds, country.code,
                "select o.countryCode, count(e) from Statement e join Official o on o.id = e.speakerId"
                        + " where array_has(:keys, o.countryCode)" + (kinds.isEmpty() ? "" : " and e.kind in :kind")
                        + " group by o.countryCode",
                ArgumentBatch.parameter("kind", kinds));
    }

    @Description("Tariffs this country imposed or threatened on others.")
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
