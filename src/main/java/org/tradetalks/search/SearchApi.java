package org.tradetalks.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tradetalks.error.ApiException;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.meeting.Meeting;
import org.tradetalks.official.Official;
import org.tradetalks.pagination.ListQuery;
import org.tradetalks.pagination.Ordering;
import org.tradetalks.pagination.PageRequest;
import org.tradetalks.statement.Statement;
import org.tradetalks.tariff.Tariff;
import org.tradetalks.text.TextFold;

@GraphQLApi
public class SearchApi {

    private static final int MIN_TEXT_LENGTH = 2;

    @Inject
    QueryLimits limits;

    @Query
    @Description("Finds officials (by name or alias), meetings (title, topic, location, outcome), tariffs (product, "
            + "legal basis) and statements (quote, speaker description) containing the text, ignoring case and "
            + "accents. Up to `first` results of each kind, officials first, then meetings, tariffs and statements.")
    public @NonNull List<@NonNull SearchResult> search(@NonNull String text, @DefaultValue("10") int first) {
        if (text.strip().length() < MIN_TEXT_LENGTH) {
            throw ApiException.badInput("text must have at least " + MIN_TEXT_LENGTH + " characters.");
        }
        PageRequest page = PageRequest.of(first, null, limits.maxPageSize());
        List<SearchResult> results = new ArrayList<>();
        ListQuery.of(Official.class)
                .whereText("(" + TextFold.contains("e.name", "text")
                        + " or exists (select 1 from Official o join o.aliases a where o.id = e.id and "
                        + TextFold.contains("a", "text") + "))", "text", text)
                .page(page, Ordering.byId("officials", official -> official.id))
                .nodes().forEach(results::add);
        ListQuery.of(Meeting.class)
                .whereText("(" + TextFold.contains("e.title", "text") + " or " + TextFold.contains("e.location", "text")
                        + " or " + TextFold.contains("e.outcome", "text")
                        + " or exists (select 1 from Meeting m join m.topics t where m.id = e.id and "
                        + TextFold.contains("t", "text") + "))", "text", text)
                .page(page, Ordering.byId("meetings", meeting -> meeting.id))
                .nodes().forEach(results::add);
        ListQuery.of(Tariff.class)
                .whereAnyContains(text, "text", "e.product", "e.legalBasis")
                .page(page, Ordering.byId("tariffs", tariff -> tariff.id))
                .nodes().forEach(results::add);
        ListQuery.of(Statement.class)
                .whereAnyContains(text, "text", "e.quote", "e.speakerDescription")
                .page(page, Ordering.byId("statements", statement -> statement.id))
                .nodes().forEach(results::add);
        return results;
    }
}
