package org.tradetalks.official;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Nullable;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.ArgumentBatch;
import org.tradetalks.batch.Batch;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
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
import org.tradetalks.meeting.MeetingStatus;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.pagination.Ordering;
import org.tradetalks.pagination.PageRequest;
import org.tradetalks.pagination.Selection;
import org.tradetalks.statement.Statement;
import org.tradetalks.statement.StatementKind;
import org.tradetalks.text.TextFold;

@GraphQLApi
public class OfficialApi {

    /** The number of HELD meetings an official {@code e} took part in. */
    private static final String MEETINGS_HELD = "(select count(m) from Meeting m join m.participants p where p.id = e.id"
            + " and m.status = org.tradetalks.meeting.MeetingStatus.HELD)";

    @Inject
    QueryLimits limits;

    @Inject
    Context context;

    /** Every change is logged, for the response caches of every replica (docs/CACHING.md). */
    @Inject
    ChangeFeed changes;

    @Query
    @Description("An official by id; NOT_FOUND when there is none.")
    public Official official(@NonNull @Id @Description("The official's id.") String id) {
        return Official.<Official>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("official", id));
    }

    @Query
    @Description("Officials, a page at a time, by name or by the number of meetings they attended.")
    public @NonNull OfficialConnection officials(
            @Description("Which officials; all when left out.") OfficialFilter filter,
            @DefaultValue("NAME_ASC") @Description("By name, or by the number of meetings held they took part in.")
            OfficialOrder orderBy,
            @Description("Page size, at most 100 (default 20).") Integer first,
            @Description("Return the officials after this cursor (`pageInfo.endCursor` of the page before).") String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        OfficialFilter criteria = filter == null ? new OfficialFilter() : filter;
        List<String> countries = CountryCodes.requireKnown(criteria.country, "filter.country");
        return new OfficialConnection(ListQuery.of(Official.class)
                .whereIn("e.countryCode", "country", countries)
                .whereText("(" + TextFold.contains("e.name", "name")
                        + " or exists (select 1 from Official o join o.aliases a where o.id = e.id and "
                        + TextFold.contains("a", "name") + "))", "name", criteria.name)
                .page(page, ordering(orderBy), Selection.wantsTotalCount(context)));
    }

    static Ordering<Official> ordering(OfficialOrder order) {
        OfficialOrder chosen = order == null ? OfficialOrder.NAME_ASC : order;
        Ordering.Builder<Official> ordering = Ordering.of("officials", official -> official.id);
        return switch (chosen) {
            case NAME_ASC, NAME_DESC -> ordering.by("e.name", key -> key).descending(chosen == OfficialOrder.NAME_DESC).build();
            case MEETINGS_HELD_DESC, MEETINGS_HELD_ASC -> ordering.by(MEETINGS_HELD, Long::valueOf)
                    .byOpposite("e.name", key -> key)
                    .descending(chosen == OfficialOrder.MEETINGS_HELD_DESC)
                    .build();
        };
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds an official, citing at least one source.")
    public @NonNull Official createOfficial(@NonNull @Valid @Description("The official's own fields.") OfficialInput input,
            @NonNull @Id @Description("The articles that mention the official (at least one).") List<@NonNull String> sourceIds) {
        Official official = new Official();
        apply(input, official);
        official.sources.addAll(References.sources(sourceIds, "sourceIds"));
        official.persistAndFlush();
        changes.announce(Official.class, ChangeKind.CREATED, official.id);
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Replaces an official's name, country and note; refused with CONFLICT when `version` is not the "
            + "current one.")
    public @NonNull Official updateOfficial(@NonNull @Id @Description("The official to change.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version,
            @NonNull @Valid @Description("The official's new fields.") OfficialInput input) {
        Official official = editable(id, version);
        apply(input, official);
        if (official.aliases.stream().anyMatch(alias -> TextFold.fold(alias).equals(TextFold.fold(official.name)))) {
            throw ApiException.badInput("input.name: '" + official.name + "' is one of the official's aliases; "
                    + "remove the alias first.");
        }
        official.flush();
        changes.announce(Official.class, ChangeKind.UPDATED, official.id);
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes an official with no statements left (their roles, aliases and meeting places go too); returns the id.")
    public @NonNull @Id String deleteOfficial(@NonNull @Id @Description("The official to delete.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version) {
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
        changes.announce(Official.class, ChangeKind.DELETED, official.id);
        return id;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records another spelling of the official's name. Aliases are unique per official, ignoring case and accents.")
    public @NonNull Official addOfficialAlias(@NonNull @Id @Description("The official.") String officialId,
            @NonNull @Description("The other spelling, as a source prints it.") String alias) {
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
        changes.announce(Official.class, ChangeKind.UPDATED, official.id);
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Removes one of an official's aliases (exactly as stored).")
    public @NonNull Official removeOfficialAlias(@NonNull @Id @Description("The official.") String officialId,
            @NonNull @Description("The alias, exactly as stored.") String alias) {
        Official official = References.target(Official.class, "official", officialId);
        if (!official.aliases.remove(alias)) {
            throw ApiException.badInput("alias: '" + alias + "' is not an alias of " + official.name + ".");
        }
        official.flush();
        changes.announce(Official.class, ChangeKind.UPDATED, official.id);
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Cites another article that mentions an official.")
    public @NonNull Official addOfficialSource(@NonNull @Id @Description("The official.") String officialId,
            @NonNull @Id @Description("The article.") String sourceId) {
        Official official = References.target(Official.class, "official", officialId);
        official.sources.add(References.referenced(org.tradetalks.source.Source.class, "source", sourceId, "sourceId"));
        official.flush();
        changes.announce(Official.class, ChangeKind.UPDATED, official.id);
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Stops citing an article for an official; an official keeps at least one source.")
    public @NonNull Official removeOfficialSource(@NonNull @Id @Description("The official.") String officialId,
            @NonNull @Id @Description("The article.") String sourceId) {
        Official official = References.target(Official.class, "official", officialId);
        References.unlinkSource(official.sources, sourceId, "official");
        official.flush();
        changes.announce(Official.class, ChangeKind.UPDATED, official.id);
        return official;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Records a title an official held.")
    public @NonNull Role addOfficialRole(@NonNull @Id @Description("The official.") String officialId,
            @NonNull @Valid @Description("The title, its dates and its source.") RoleInput input) {
        Official official = References.target(Official.class, "official", officialId);
        Role role = new Role();
        role.officialId = official.id;
        apply(input, role);
        role.persistAndFlush();
        changes.announce(Role.class, ChangeKind.CREATED, role.id);
        return role;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Replaces a role's title, dates and source; refused with CONFLICT when `version` is not the current one.")
    public @NonNull Role updateOfficialRole(@NonNull @Id @Description("The role to change.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version,
            @NonNull @Valid @Description("The role's new fields.") RoleInput input) {
        Role role = References.target(Role.class, "role", id);
        Versions.check("role", id, role.version, version);
        apply(input, role);
        role.flush();
        changes.announce(Role.class, ChangeKind.UPDATED, role.id);
        return role;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a role; returns its id.")
    public @NonNull @Id String deleteOfficialRole(@NonNull @Id @Description("The role to delete.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version) {
        Role role = References.target(Role.class, "role", id);
        Versions.check("role", id, role.version, version);
        role.delete();
        changes.announce(Role.class, ChangeKind.DELETED, role.id);
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

    @Description("The country the official acts for.")
    public @NonNull List<@NonNull Country> country(@Source List<Official> officials) {
        return Batch.one(officials, official -> official.countryCode, Country.class);
    }

    @Description("Titles held, as the sources give them, with their dates when known.")
    public @NonNull List<@NonNull List<@NonNull Role>> roles(@Source List<Official> officials) {
        return Batch.childrenByKey(officials, official -> official.id,
                "from Role e where array_has(:keys, e.officialId) order by e.id", Role.class, role -> role.officialId);
    }

    @Description("Meetings the official took part in or is to take part in, by date. Pass `status: [HELD]` for the "
            + "meetings actually attended.")
    public @NonNull CompletionStage<@NonNull List<@NonNull Meeting>> meetings(@Source Official official,
            @Description("Only meetings with one of these statuses; all when left out.") @Nullable List<@NonNull MeetingStatus> status) {
        List<MeetingStatus> statuses = ArgumentBatch.distinct(status);
        return ArgumentBatch.children(context, "Official.meetings", statuses, official.id,
                "select p.id, e from Meeting e join e.participants p where array_has(:keys, p.id)"
                        + (statuses.isEmpty() ? "" : " and e.status in :status")
                        + " order by e.startDate.date, e.startDate.precision, e.id",
                ArgumentBatch.parameter("status", statuses), Meeting.class);
    }

    @Description("How many meetings the official took part in (or is to take part in), without fetching them. "
            + "`meetingCount(status: [HELD])` counts the meetings actually attended.")
    public @NonNull CompletionStage<@NonNull Integer> meetingCount(@Source Official official,
            @Description("Count only meetings with one of these statuses; all when left out.") @Nullable List<@NonNull MeetingStatus> status) {
        List<MeetingStatus> statuses = ArgumentBatch.distinct(status);
        return ArgumentBatch.count(context, "Official.meetingCount", statuses, official.id,
                "select p.id, count(e) from Meeting e join e.participants p where array_has(:keys, p.id)"
                        + (statuses.isEmpty() ? "" : " and e.status in :status") + " group by p.id",
                ArgumentBatch.parameter("status", statuses));
    }

    @Description("Statements made, exact quotes and reported speech, by date (see each one's `kind`).")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Official> officials) {
        return Batch.childrenByKey(officials, official -> official.id,
                "from Statement e where array_has(:keys, e.speakerId) order by e.date.date, e.date.precision, e.id",
                Statement.class, statement -> statement.speakerId);
    }

    @Description("How many statements the official made, without fetching them.")
    public @NonNull CompletionStage<@NonNull Integer> statementCount(@Source Official official,
            @Description("Count only statements of these kinds ([QUOTE] for exact words); all when left out.")
            @Nullable List<@NonNull StatementKind> kind) {
        List<StatementKind> kinds = ArgumentBatch.distinct(kind);
        return ArgumentBatch.count(context, "Official.statementCount", kinds, official.id,
                "select e.speakerId, count(e) from Statement e where array_has(:keys, e.speakerId)"
                        + (kinds.isEmpty() ? "" : " and e.kind in :kind") + " group by e.speakerId",
                ArgumentBatch.parameter("kind", kinds));
    }

    @Description("Articles that mention this official.")
    public @NonNull List<@NonNull List<org.tradetalks.source.@NonNull Source>> sources(@Source List<Official> officials) {
        return Batch.children(officials, official -> official.id,
                "select e.id, s from Official e join e.sources s where array_has(:keys, e.id) order by s.id",
                org.tradetalks.source.Source.class);
    }

    @Description("The article this title comes from.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<Role> roles) {
        return Batch.one(roles, role -> role.sourceId, org.tradetalks.source.Source.class);
    }
}
