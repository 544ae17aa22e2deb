package org.tradetalks.official;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.smallrye.graphql.api.Context;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.country.Country;
import org.tradetalks.country.CountryCodes;
import org.tradetalks.date.DateRange;
import org.tradetalks.date.PartialDateInput;
import org.tradetalks.edit.References;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;
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

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds an official, citing at least one source.")
    public @NonNull Official createOfficial(@NonNull @Valid OfficialInput input, @NonNull List<@NonNull String> sourceIds) {
        Official official = new Official();
        apply(input, official);
        official.sources.addAll(References.sources(sourceIds, "sourceIds"));
        official.persistAndFlush();
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Official updateOfficial(@NonNull @Id String id, int version, @NonNull @Valid OfficialInput input) {
        Official official = editable(id, version);
        apply(input, official);
        if (official.aliases.stream().anyMatch(alias -> TextFold.fold(alias).equals(TextFold.fold(official.name)))) {
            throw ApiException.badInput("input.name: '" + official.name + "' is one of the official's aliases; "
                    + "remove the alias first.");
        }
        official.flush();
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes an official with no statements left (their roles, aliases and meeting places go too); returns the id.")
    public @NonNull @Id String deleteOfficial(@NonNull @Id String id, int version) {
        Official official = editable(id, version);
        long statements = Statement.count("speakerId", official.id);
        if (statements > 0) {
            throw new ApiException(ErrorCode.CONFLICT, "official '" + id + "' made " + statements
                    + " statements; delete them or give them another speaker first.");
        }
        Role.delete("officialId", official.id);
        Meeting.<Meeting>list("select e from Meeting e join e.participants p where p.id = ?1", official.id)
                .forEach(meeting -> meeting.participants.remove(official));
        official.delete();
        return id;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records another spelling of the official's name. Aliases are unique per official, ignoring case and accents.")
    public @NonNull Official addOfficialAlias(@NonNull @Id String officialId, @NonNull String alias) {
        Official official = References.target(Official.class, "official", officialId);
        String spelling = alias.strip();
        if (spelling.isEmpty() || spelling.length() > 200) {
            throw ApiException.badInput("alias: must be 1 to 200 characters.");
        }
        String folded = TextFold.fold(spelling);
        if (TextFold.fold(official.name).equals(folded)) {
            throw ApiException.badInput("alias: '" + spelling + "' is the official's name itself.");
        }
        if (official.aliases.stream().anyMatch(existing -> TextFold.fold(existing).equals(folded))) {
            throw ApiException.badInput("alias: '" + spelling + "' is already an alias of " + official.name + ".");
        }
        official.aliases.add(spelling);
        official.flush();
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Official removeOfficialAlias(@NonNull @Id String officialId, @NonNull String alias) {
        Official official = References.target(Official.class, "official", officialId);
        if (!official.aliases.remove(alias)) {
            throw ApiException.badInput("alias: '" + alias + "' is not an alias of " + official.name + ".");
        }
        official.flush();
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Official addOfficialSource(@NonNull @Id String officialId, @NonNull @Id String sourceId) {
        Official official = References.target(Official.class, "official", officialId);
        official.sources.add(References.referenced(org.tradetalks.source.Source.class, "source", sourceId, "sourceId"));
        official.flush();
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Official removeOfficialSource(@NonNull @Id String officialId, @NonNull @Id String sourceId) {
        Official official = References.target(Official.class, "official", officialId);
        References.unlinkSource(official.sources, sourceId, "official");
        official.flush();
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Role addOfficialRole(@NonNull @Id String officialId, @NonNull @Valid RoleInput input) {
        Official official = References.target(Official.class, "official", officialId);
        Role role = new Role();
        role.officialId = official.id;
        apply(input, role);
        role.persistAndFlush();
        return role;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull Role updateOfficialRole(@NonNull @Id String id, int version, @NonNull @Valid RoleInput input) {
        Role role = References.target(Role.class, "role", id);
        Versions.check("role", id, role.version, version);
        apply(input, role);
        role.flush();
        return role;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    public @NonNull @Id String deleteOfficialRole(@NonNull @Id String id, int version) {
        Role role = References.target(Role.class, "role", id);
        Versions.check("role", id, role.version, version);
        role.delete();
        return id;
    }

    private static Official editable(String id, int version) {
        Official official = References.target(Official.class, "official", id);
        Versions.check("official", id, official.version, version);
        return official;
    }

    private static void apply(OfficialInput input, Official official) {
        official.name = input.name.strip();
        official.countryCode = References.country(input.country, "input.country").code;
        official.note = input.note;
    }

    private static void apply(RoleInput input, Role role) {
        role.title = input.title.strip();
        role.from = PartialDateInput.toPartialDate(input.from);
        role.to = PartialDateInput.toPartialDate(input.to);
        DateRange.check(role.from, role.to, "input.from", "input.to");
        role.sourceId = References.referenced(org.tradetalks.source.Source.class, "source", input.sourceId,
                "input.sourceId").id;
    }

    @Description("Other spellings of the name seen in the sources (transliterations, garbled translations).")
    public @NonNull List<@NonNull List<@NonNull String>> aliases(@Source List<Official> officials) {
        return Batch.children(officials, official -> official.id,
                "select e.id, a from Official e join e.aliases a where array_has(:keys, e.id) order by a",
                String.class);
    }

    public @NonNull List<@NonNull Country> country(@Source List<Official> officials) {
        return Batch.one(officials, official -> official.countryCode, "from Country e where array_has(:keys, e.code)",
                Country.class, country -> country.code);
    }

    @Description("Titles held, as the sources give them.")
    public @NonNull List<@NonNull List<@NonNull Role>> roles(@Source List<Official> officials) {
        return Batch.childrenByKey(officials, official -> official.id,
                "from Role e where array_has(:keys, e.officialId) order by e.id", Role.class, role -> role.officialId);
    }

    @Description("Meetings attended, by date.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Official> officials) {
        return Batch.children(officials, official -> official.id,
                "select p.id, e from Meeting e join e.participants p where array_has(:keys, p.id)"
                        + " order by e.startDate.date, e.id",
                Meeting.class);
    }

    @Description("Statements made, by date.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Official> officials) {
        return Batch.childrenByKey(officials, official -> official.id,
                "from Statement e where array_has(:keys, e.speakerId) order by e.date.date, e.id", Statement.class,
                statement -> statement.speakerId);
    }

    @Description("Articles that mention this official.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Official> officials) {
        return Batch.children(officials, official -> official.id,
                "select e.id, s from Official e join e.sources s where array_has(:keys, e.id) order by s.id",
                org.tradetalks.source.Source.class);
    }

    @Description("The article this title comes from.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<Role> roles) {
        return Batch.one(roles, role -> role.sourceId, "from Source e where array_has(:keys, e.id)",
                org.tradetalks.source.Source.class, source -> source.id);
    }
}
