package org.tradetalks.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tradetalks.batch.Batch;
import org.tradetalks.error.ApiException;
import org.tradetalks.id.Ids;
import org.tradetalks.figure.Figure;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.official.Official;
import org.tradetalks.statement.Statement;
import org.tradetalks.tariff.Tariff;

/** The articles, and for each one what it supports. */
@GraphQLApi
public class SourceApi {

    @Query
    @Description("Every article, oldest first.")
    public @NonNull List<@NonNull Source> sources() {
        return Source.list("order by published.date, id");
    }

    @Query
    public Source source(@NonNull @Id String id) {
        return Source.<Source>findByIdOptional(Ids.parse(id, "id")).orElseThrow(() -> ApiException.notFound("source", id));
    }

    @Description("Officials this article mentions.")
    public @NonNull List<@NonNull List<@NonNull Official>> officials(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.children(sources, source -> source.id,
                "select s.id, e from Official e join e.sources s where s.id in :keys order by e.name, e.id", Official.class);
    }

    @Description("Meetings this article reports.")
    public @NonNull List<@NonNull List<@NonNull Meeting>> meetings(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.children(sources, source -> source.id,
                "select s.id, e from Meeting e join e.sources s where s.id in :keys order by e.startDate.date, e.id",
                Meeting.class);
    }

    @Description("Tariffs this article reports.")
    public @NonNull List<@NonNull List<@NonNull Tariff>> tariffs(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.children(sources, source -> source.id,
                "select s.id, e from Tariff e join e.sources s where s.id in :keys order by e.id", Tariff.class);
    }

    @Description("Quotes this article prints.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.childrenByKey(sources, source -> source.id,
                "from Statement e where e.sourceId in :keys order by e.date.date, e.id", Statement.class,
                statement -> statement.sourceId);
    }

    @Description("Figures this article states.")
    public @NonNull List<@NonNull List<@NonNull Figure>> figures(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return Batch.childrenByKey(sources, source -> source.id,
                "from Figure e where e.sourceId in :keys order by e.id", Figure.class, figure -> figure.sourceId);
    }
}
