package org.tradetalks.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
            + "legal basis) and statements (text, speaker description) containing the text, ignoring case and "
            + "accents. At most `first` results in all: officials first, then meetings, tariffs and statements, each "
            + "kind in the order it was recorded. Use `__typename` to tell the kinds apart.")
    public @NonNull List<@NonNull SearchResult> search(
            @NonNull @Description("What to look for: at least 2 characters.") String text,
            @DefaultValue("10") @Description("The most results to return, over all kinds (at most 100).") int first) {
        if (text.strip().length() < MIN_TEXT_LENGTH) {
            throw ApiException.badInput("text must have at least " + MIN_TEXT_LENGTH + " characters.");
        }
        PageRequest.of(first, null, limits.maxPageSize());
        List<SearchResult> results = new ArrayList<>();
        add(results, first, ListQuery.of(Official.class)
                .whereText("(" + TextFold.contains("e.name", "text")
                        + " or exists (select 1 from Official o join o.aliases a where o.id = e.id and "
                        + TextFold.contains("a", "text") + "))", "text", text), official -> official.id);
        add(results, first, ListQuery.of(Meeting.class)
                .whereText("(" + TextFold.contains("e.title", "text") + " or " + TextFold.contains("e.location", "text")
                        + " or " + TextFold.contains("e.outcome", "text")
                        + " or exists (select 1 from Meeting m join m.topics t where m.id = e.id and "
                        + TextFold.contains("t", "text") + "))", "text", text), meeting -> meeting.id);
        add(results, first, ListQuery.of(Tariff.class).whereAnyContains(text, "text", "e.product", "e.legalBasis"),
                tariff -> tariff.id);
        add(results, first, ListQuery.of(Statement.class).whereAnyContains(text, "text", "e.text", "e.speakerDescription"),
                statement -> statement.id);
        return results;
    }

    /** Adds the matches of one kind, up to the results still wanted; none once {@code first} are found. */
    private static <T extends SearchResult> void add(List<SearchResult> results, int first, ListQuery<T> matches,
            Function<T, Long> idOf) {
        int wanted = first - results.size();
        if (wanted > 0) {
            results.addAll(matches.page(new PageRequest(wanted, null), Ordering.byId("search", idOf)).nodes());
        }
    }
}
