package org.tradetalks.statement;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.smallrye.graphql.api.Context;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tradetalks.batch.Batch;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.date.DateRange;
import org.tradetalks.edit.References;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
import org.tradetalks.id.Ids;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.date.DateBound;
import org.tradetalks.date.DateOrder;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.official.Official;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.pagination.Ordering;
import org.tradetalks.pagination.PageRequest;
import org.tradetalks.pagination.Selection;
import org.tradetalks.text.TextFold;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class StatementApi {

    @Inject
    QueryLimits limits;

    @Inject
    ChangeFeed changes;

    @Inject
    Context context;

    @Query
    @Description("A statement by its id; NOT_FOUND when there is none.")
    public Statement statement(@NonNull @Id @Description("The statement's id.") String id) {
        return Statement.<Statement>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("statement", id));
    }

    @Query
    @Description("Statements, exact quotes and reported speech alike (see `kind`), ordered by date, a page at a time.")
    public @NonNull StatementConnection statements(
            @Description("Which statements; all when left out.") StatementFilter filter,
            @DefaultValue("DATE_ASC") @Description("Oldest or newest first.") DateOrder orderBy,
            @Description("Page size, at most 100 (default 20).") Integer first,
            @Description("Return the statements after this cursor (`pageInfo.endCursor` of the page before).") String after) {
        PageRequest page = PageRequest.of(first, after, limits.maxPageSize());
        StatementFilter criteria = filter == null ? new StatementFilter() : filter;
        DateRange.check(criteria.from, criteria.to, "filter");
        if (criteria.text != null && criteria.text.isBlank()) {
            throw ApiException.badInput("filter.text must not be blank.");
        }
        return new StatementConnection(ListQuery.of(Statement.class)
                .where("e.speakerId = :speaker", "speaker", Ids.parse(criteria.speaker, "filter.speaker"))
                .where("e.meetingId = :meeting", "meeting", Ids.parse(criteria.meeting, "filter.meeting"))
                .where("e.date.date >= :from", "from", DateBound.firstDayOf(criteria.from))
                .where("e.date.date <= :to", "to", DateBound.lastDayOf(criteria.to))
                .whereIn("e.kind", "kind", criteria.kind)
                .whereAnyContains(criteria.text, "text", "e.text")
                .whereText("(" + TextFold.contains("e.speakerDescription", "speakerName")
                        + " or exists (select 1 from Official o where o.id = e.speakerId and ("
                        + TextFold.contains("o.name", "speakerName")
                        + " or exists (select 1 from Official oa join oa.aliases a where oa.id = o.id and "
                        + TextFold.contains("a", "speakerName") + "))))", "speakerName", criteria.speakerName)
                .page(page, byDate(orderBy), Selection.wantsTotalCount(context)));
    }

    static Ordering<Statement> byDate(DateOrder order) {
        return Ordering.<Statement> of("statements", statement -> statement.id)
                .byPartialDate("e.date")
                .descending(order == DateOrder.DATE_DESC)
                .build();
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds a statement (an exact quote or reported speech) from an article.")
    public @NonNull Statement createStatement(@NonNull @Valid @Description("The statement's fields.") StatementInput input) {
        Statement statement = new Statement();
        apply(input, statement);
        statement.persistAndFlush();
        return announced(ChangeKind.CREATED, statement);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Replaces a statement's fields; refused with CONFLICT when `version` is not the current one.")
    public @NonNull Statement updateStatement(@NonNull @Id @Description("The statement to change.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version,
            @NonNull @Valid @Description("The statement's new fields.") StatementInput input) {
        Statement statement = References.target(Statement.class, "statement", id);
        Versions.check("statement", id, statement.version, version);
        apply(input, statement);
        statement.flush();
        return announced(ChangeKind.UPDATED, statement);
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes a statement; returns its id.")
    public @NonNull @Id String deleteStatement(@NonNull @Id @Description("The statement to delete.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version) {
        Statement statement = References.target(Statement.class, "statement", id);
        Versions.check("statement", id, statement.version, version);
        statement.delete();
        changes.announce(Statement.class, ChangeKind.DELETED, statement.id);
        return id;
    }

    @Subscription
    @Description("Statements created, updated or deleted, in commit order, each once its transaction has "
            + "committed: from now on, or, given `after`, first every change since that event (kept for 7 days by "
            + "default), then the new ones.")
    public Multi<StatementChange> statementChanged(
            @Description("The `cursor` of the last event received: resume after it.") String after) {
        return changes.subscribe(Statement.class, after).map(StatementChange::new);
    }

    private Statement announced(ChangeKind kind, Statement statement) {
        changes.announce(Statement.class, kind, statement.id);
        return statement;
    }

    private static void apply(StatementInput input, Statement statement) {
        String description = input.speakerDescription == null || input.speakerDescription.isBlank() ? null
                : input.speakerDescription.strip();
        if (input.speakerId == null && description == null) {
            throw ApiException.badInput("input.speakerId: a statement needs a speaker, or a speakerDescription when "
                    + "the source does not name one.");
        }
        statement.text = input.text;
        statement.kind = input.kind == null ? StatementKind.QUOTE : input.kind;
        statement.speakerId = input.speakerId == null ? null
                : References.referenced(Official.class, "official", input.speakerId, "input.speakerId").id;
        statement.speakerDescription = description;
        statement.date = input.date.toPartialDate();
        statement.meetingId = input.meetingId == null ? null
                : References.referenced(Meeting.class, "meeting", input.meetingId, "input.meetingId").id;
        statement.sourceId = References.referenced(org.tradetalks.source.Source.class, "source", input.sourceId,
                "input.sourceId").id;
        statement.context = input.context;
    }

    @Description("The official who spoke; null when the source does not name them (see `speakerDescription`).")
    public List<Official> speaker(@Source List<Statement> statements) {
        return Batch.one(statements, statement -> statement.speakerId, Official.class);
    }

    @Description("The meeting it was said at or about, if any.")
    public List<Meeting> meeting(@Source List<Statement> statements) {
        return Batch.one(statements, statement -> statement.meetingId, Meeting.class);
    }

    @Description("The article that reports the statement.")
    public @NonNull List<org.tradetalks.source.@NonNull Source> source(@Source List<Statement> statements) {
        return Batch.one(statements, statement -> statement.sourceId, org.tradetalks.source.Source.class);
    }
}
