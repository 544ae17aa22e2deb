package org.tradetalks.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tradetalks.support.Lookup.vars;
import static org.tradetalks.support.Refusals.assertRefused;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.Lookup;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Editors add, correct and remove articles; an article still cited is kept. */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class SourceMutationsTest {

    private static final String FIELDS = "id title publisher byline url published { text precision } reference note version";
    private static final String CREATE = "mutation($input: SourceInput!) { createSource(input: $input) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $version: Int!, $input: SourceInput!) { "
            + "updateSource(id: $id, version: $version, input: $input) { " + FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteSource(id: $id, version: $version) }";
    private static final String READ = "query($id: ID!) { source(id: $id) { " + FIELDS + " } }";

    private final GraphQL.Client editor = GraphQL.as(Tokens.editor());

    @Test
    void createsAnArticleWithItsPublicationDateToItsPrecision() {
        JsonPath created = editor.data(CREATE, vars("input", Map.of("title", " Trade talks resume ", "publisher", "Kyodo",
                "byline", "Staff writer", "url", "https://example.com/talks", "reference", "005_talks.txt",
                "published", Map.of("date", "2021-11-17", "precision", "MONTH"))));
        Map<String, Object> source = created.getMap("createSource");
        assertEquals("Trade talks resume", source.get("title"));
        assertEquals("Kyodo", source.get("publisher"));
        assertEquals("https://example.com/talks", source.get("url"));
        assertEquals(Map.of("text", "2021-11", "precision", "MONTH"), source.get("published"));
        assertEquals(0, source.get("version"));
        assertEquals(source, read((String) source.get("id")));
        assertEquals(true, GraphQL.data("{ sources { title } }").getList("sources").contains(Map.of("title", "Trade talks resume")));
    }

    @Test
    void refusesABlankTitleOrPublisherAndAddsNothing() {
        int before = sourceCount();
        assertRefused(editor.error(CREATE, vars("input", Map.of("title", "  ", "publisher", "Kyodo"))), "BAD_USER_INPUT",
                "input.title", "must not be blank");
        assertRefused(editor.error(CREATE, vars("input", Map.of("title", "Untitled", "publisher", ""))), "BAD_USER_INPUT",
                "input.publisher", "must not be blank");
        assertEquals(before, sourceCount());
    }

    @ParameterizedTest(name = "url {0}")
    @ValueSource(strings = { "javascript:alert(1)", "ftp://example.com/a", "example.com", "https://exa mple.com" })
    void refusesAUrlThatIsNotHttp(String url) {
        int before = sourceCount();
        assertRefused(editor.error(CREATE, vars("input", Map.of("title", "Linked", "publisher", "Kyodo", "url", url))),
                "BAD_USER_INPUT", "input.url: must be an http or https URL");
        assertEquals(before, sourceCount());
    }

    @Test
    void updatesAnArticleAndMovesTheVersionOn() {
        String id = create("Draft title");
        JsonPath updated = editor.data(UPDATE, vars("id", id, "version", 0, "input", Map.of("title", "Final title",
                "publisher", "Reuters", "published", Map.of("date", "2020-05-05", "precision", "DAY"))));
        Map<String, Object> source = updated.getMap("updateSource");
        assertEquals("Final title", source.get("title"));
        assertEquals("Reuters", source.get("publisher"));
        assertNull(source.get("url"), "fields left out of the input are cleared");
        assertEquals(1, source.get("version"));
        assertEquals(source, read(id));
    }

    @Test
    void refusesAStaleUpdateAndAnInvalidOneAndKeepsTheStoredRow() {
        String id = create("Versioned");
        editor.data(UPDATE, vars("id", id, "version", 0, "input", Map.of("title", "Versioned, once", "publisher", "Kyodo")));
        Map<String, Object> stored = read(id);

        assertRefused(editor.error(UPDATE, vars("id", id, "version", 0, "input", Map.of("title", "Overwritten", "publisher", "Kyodo"))),
                "CONFLICT", "is at version 1 but the request names version 0");
        assertRefused(editor.error(UPDATE, vars("id", id, "version", 1, "input", Map.of("title", "Overwritten", "publisher", "Kyodo",
                "url", "not a url"))), "BAD_USER_INPUT", "input.url");
        assertEquals(stored, read(id));
    }

    @Test
    void refusesToChangeAnUnknownArticle() {
        assertRefused(editor.error(UPDATE, vars("id", "999999", "version", 0, "input", Map.of("title", "T", "publisher", "P"))),
                "NOT_FOUND", "No source with id '999999'");
        assertRefused(editor.error(DELETE, vars("id", "999999", "version", 0)), "NOT_FOUND", "No source with id '999999'");
        assertRefused(editor.error(DELETE, vars("id", "x9", "version", 0)), "BAD_USER_INPUT", "id: 'x9' is not a valid id");
    }

    @Test
    void deletesAnArticleNothingCites() {
        String id = create("Retracted");
        assertEquals(id, editor.data(DELETE, vars("id", id, "version", 0)).getString("deleteSource"));
        assertRefused(GraphQL.error(READ, vars("id", id)), "NOT_FOUND", "No source with id '" + id + "'");
    }

    @Test
    void refusesToDeleteAnArticleFactsCiteOrAStaleVersion() {
        String cited = Lookup.sourceId("000");
        Map<String, Object> stored = read(cited);
        assertRefused(editor.error(DELETE, vars("id", cited, "version", stored.get("version"))), "CONFLICT",
                "source '" + cited + "' is still cited by");
        assertEquals(stored, read(cited));
        assertEquals(false, GraphQL.data("query($id: ID!) { source(id: $id) { statements { id } } }", vars("id", cited))
                .getList("source.statements").isEmpty(), "its statements are still there");

        String id = create("Edited once");
        editor.data(UPDATE, vars("id", id, "version", 0, "input", Map.of("title", "Edited twice", "publisher", "Kyodo")));
        assertRefused(editor.error(DELETE, vars("id", id, "version", 0)), "CONFLICT", "is at version 1");
        assertEquals("Edited twice", read(id).get("title"));
    }

    private String create(String title) {
        return editor.data(CREATE, vars("input", Map.of("title", title, "publisher", "Kyodo"))).getString("createSource.id");
    }

    private static Map<String, Object> read(String id) {
        return GraphQL.data(READ, vars("id", id)).getMap("source");
    }

    private static int sourceCount() {
        return GraphQL.data("{ sources { id } }").getList("sources").size();
    }
}
