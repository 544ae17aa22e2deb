package org.tradetalks.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Everything a reader can see, read page by page through the public API: compare two snapshots to show
 * that a refused request changed nothing.
 */
public final class DataSnapshot {

    private static final Map<String, String> LISTS = Map.of(
            "officials", "id name note version country { code } aliases sources { id } "
                    + "roles { id title version from { text } to { text } source { id } }",
            "meetings", "id title kind status location outcome note version topics startDate { text } endDate { text } "
                    + "countries { code } participants { id } sources { id }",
            "tariffs", "id product ratePercent rateOrigin legalBasis status note version imposedBy { code } "
                    + "announced { text } effective { text } targets { code } meetings { id } sources { id } "
                    + "events { id status description date { text } source { id } }",
            "statements", "id quote speakerDescription context version date { text } speaker { id } meeting { id } source { id }");

    private DataSnapshot() {
    }

    public static Map<String, Object> take() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("countries", GraphQL.data("{ countries { code name region version } }").getList("countries"));
        snapshot.put("sources", GraphQL.data("{ sources { id title publisher byline url reference note version published { text } } }")
                .getList("sources"));
        LISTS.forEach((list, fields) -> snapshot.put(list, all(list, fields)));
        return snapshot;
    }

    private static List<Object> all(String list, String fields) {
        List<Object> nodes = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = GraphQL.data("query($after: String) { " + list + "(first: 100, after: $after) { "
                    + "edges { node { " + fields + " } } pageInfo { hasNextPage endCursor } } }", Lookup.vars("after", after));
            nodes.addAll(page.getList(list + ".edges.node"));
            after = page.getBoolean(list + ".pageInfo.hasNextPage") ? page.getString(list + ".pageInfo.endCursor") : null;
        } while (after != null);
        return nodes;
    }
}
