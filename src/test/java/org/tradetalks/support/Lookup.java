package org.tradetalks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds ids the way a client does: by asking the API for a name, title or article file, so tests do not
 * depend on the numeric ids in the curated data.
 */
public final class Lookup {

    private Lookup() {
    }

    /** The id of the official with exactly this name. */
    public static String officialId(String name) {
        List<Map<String, Object>> nodes = GraphQL.data("""
                query($name: String) {
                  officials(filter: {name: $name}, first: 100) { edges { node { id name } } }
                }""", Map.of("name", name)).getList("officials.edges.node");
        return onlyId(nodes, "name", name);
    }

    /** The id of the meeting with exactly this title. */
    public static String meetingId(String title) {
        List<Map<String, Object>> nodes = GraphQL.data("{ meetings(first: 100) { edges { node { id title } } } }")
                .getList("meetings.edges.node");
        return onlyId(nodes, "title", title);
    }

    /** The id of the tariff on exactly this product against this target country. */
    public static String tariffId(String product, String target) {
        List<Map<String, Object>> nodes = GraphQL.data("""
                query($product: String, $target: [CountryCode!]) {
                  tariffs(filter: {product: $product, target: $target}, first: 100) { edges { node { id product } } }
                }""", Map.of("product", product, "target", target)).getList("tariffs.edges.node");
        return onlyId(nodes, "product", product);
    }

    /** The id of the statement whose quote is exactly this text. */
    public static String statementId(String quote) {
        List<Map<String, Object>> nodes = GraphQL.data("""
                query($text: String) {
                  statements(filter: {text: $text}, first: 100) { edges { node { id quote } } }
                }""", Map.of("text", quote)).getList("statements.edges.node");
        return onlyId(nodes, "quote", quote);
    }

    /** The id of the source made from the seed article whose file name starts with {@code number} (000..004). */
    public static String sourceId(String number) {
        List<Map<String, Object>> nodes = GraphQL.data("{ sources { id reference } }").getList("sources");
        List<Map<String, Object>> matching = nodes.stream()
                .filter(node -> String.valueOf(node.get("reference")).startsWith(number + "_"))
                .toList();
        assertEquals(1, matching.size(), "one source for article " + number + " in " + nodes);
        return String.valueOf(matching.get(0).get("id"));
    }

    /** Variables for a query from name/value pairs; a null value leaves the variable out, as a client would. */
    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return variables;
    }

    private static String onlyId(List<Map<String, Object>> nodes, String field, String value) {
        List<Map<String, Object>> matching = nodes.stream().filter(node -> value.equals(node.get(field))).toList();
        assertEquals(1, matching.size(), "exactly one node with " + field + " '" + value + "' in " + nodes);
        return String.valueOf(matching.get(0).get("id"));
    }
}
