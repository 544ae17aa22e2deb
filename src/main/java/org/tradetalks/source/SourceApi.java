package org.tradetalks.source;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tradetalks.batch.Batch;
import org.tradetalks.change.ChangeFeed;
import org.tradetalks.change.ChangeKind;
import org.tradetalks.date.PartialDateInput;
import org.tradetalks.edit.References;
import org.tradetalks.edit.Versions;
import org.tradetalks.error.ApiException;
import org.tradetalks.error.ErrorCode;
import org.tradetalks.id.Ids;
import org.tradetalks.figure.Figure;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.official.Official;
import org.tradetalks.statement.Statement;
import org.tradetalks.tariff.Tariff;

/** The articles, and for each one what it supports. */
@GraphQLApi
public class SourceApi {

    /** Every change is logged, for the response caches of every replica (docs/CACHING.md). */
    @Inject
    ChangeFeed changes;

    @Query
    @Description("Every article, oldest first (by publication date).")
    public @NonNull List<@NonNull Source> sources() {
        return Source.list("order by published.date, id");
    }

    @Query
    @Description("An article by its id; NOT_FOUND when there is none.")
    public Source source(@NonNull @Id @Description("The article's id.") String id) {
        return Source.<Source>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("source", id));
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Adds an article.")
    public @NonNull Source createSource(@NonNull @Valid @Description("The article's fields.") SourceInput input) {
        Source source = new Source();
        apply(input, source);
        source.persistAndFlush();
        changes.announce(Source.class, ChangeKind.CREATED, source.id);
        return source;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Replaces an article's fields; refused with CONFLICT when `version` is not the current one.")
    public @NonNull Source updateSource(@NonNull @Id @Description("The article to change.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version,
            @NonNull @Valid @Description("The article's new fields.") SourceInput input) {
        Source source = References.target(Source.class, "source", id);
        Versions.check("source", id, source.version, version);
        apply(input, source);
        source.flush();
        changes.announce(Source.class, ChangeKind.UPDATED, source.id);
        return source;
    }

    @Mutation
    @RolesAllowed("editor")
    @Transactional
    @Description("Deletes an article that no fact cites any more; returns its id.")
    public @NonNull @Id String deleteSource(@NonNull @Id @Description("The article to delete.") String id,
            @Description("The version you read; refused with CONFLICT if it changed since.") int version) {
        Source source = References.target(Source.class, "source", id);
        Versions.check("source", id, source.version, version);
        long citations = Official.count("select count(e) from Official e join e.sources s where s.id = ?1", source.id)
                + Meeting.count("select count(e) from Meeting e join e.sources s where s.id = ?1", source.id)
                + Tariff.count("select count(e) from Tariff e join e.sources s where s.id = ?1", source.id)
                + Statement.count("sourceId", source.id)
                + Figure.count("sourceId", source.id)
                + org.tradetalks.official.Role.count("sourceId", source.id)
                + org.tradetalks.tariff.TariffEvent.count("sourceId", source.id);
        if (citations > 0) {
            throw new ApiException(ErrorCode.CONFLICT, "source '" + id + "' is still cited by " + citations
                    + " facts; remove those citations first.");
        }
        source.delete();
        changes.announce(Source.class, ChangeKind.DELETED, source.id);
        return id;
    }

    private static void apply(SourceInput input, Source source) {
        source.title = input.title.strip();
        source.publisher = input.publisher.strip();
        source.byline = input.byline;
        source.url = input.url;
        source.published = PartialDateInput.toPartialDate(input.published);
        source.reference = input.reference;
        source.note = input.note;
    }

    @Description("Officials this article mentions.")
    public @NonNull List<@NonNull List<@NonNull Official>> officials(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.children(sources, source -> source.id,
                "select s.id, e from Official e join e.sources s where array_has(:keys, s.id) order by e.name, e.id",
                Official.class);
    }

    @Description("Meetings this article reports.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.children(sources, source -> source.id,
                "select s.id, e from Meeting e join e.sources s where array_has(:keys, s.id)"
                        + " order by e.startDate.date, e.startDate.precision, e.id",
                Meeting.class);
    }

    @Description("Tariffs this article reports.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffs(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.children(sources, source -> source.id,
                "select s.id, e from Tariff e join e.sources s where array_has(:keys, s.id) order by e.id",
                Tariff.class);
    }

    @Description("Statements this article reports, exact quotes and reported speech, by date.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.childrenByKey(sources, source -> source.id,
                "from Statement e where array_has(:keys, e.sourceId) order by e.date.date, e.date.precision, e.id",
                Statement.class,
                statement -> statement.sourceId);
    }

    @Description("Figures this article states.")
    public @NonNull List<@NonNull List<@NonNull Figure>> figures(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.childrenByKey(sources, source -> source.id,
                "from Figure e where array_has(:keys, e.sourceId) order by e.id",
                Figure.class, figure -> figure.sourceId);
    }
}
