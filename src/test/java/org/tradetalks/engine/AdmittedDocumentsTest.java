package org.tradetalks.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.Parser;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.DocumentSupplier;

/**
 * SmallRye parses a request's text before graphql-java runs it unless its query cache holds the text (its execution
 * service asks its {@link DocumentSupplier}, on the request's thread, before each request): with the admission sharing
 * what it admitted, SmallRye finds the admission's own document and parses nothing. Against SmallRye's real cache and
 * supplier, so that an upgrade that changes how SmallRye fills its cache fails here.
 */
class AdmittedDocumentsTest {

    private static final String QUERY = "{ meetings(first: 2) { edges { node { title } } } }";

    private final QueryCache smallRyes = new QueryCache();
    private int parses;

    @Test
    void smallRyeKeepsTheAdmittedDocumentAndParsesNothing() {
        Document admitted = Parser.parse(QUERY);
        PreparsedDocumentProvider engine = engine(admitting(admitted));
        request(engine, QUERY);
        request(engine, QUERY);
        request(engine, QUERY);
        assertEquals(1, parses, "SmallRye parsed the text for the first request only");
        assertSame(admitted, cached(QUERY).getDocument(), "SmallRye holds the admission's document, not a copy");
    }

    @Test
    void aRefusedTextIsNotKept() {
        PreparsedDocumentProvider engine = engine(refusing());
        request(engine, QUERY);
        request(engine, QUERY);
        assertEquals(2, parses);
        assertNull(cached(QUERY));
    }

    @Test
    void aLongTextIsNotKept() {
        String wide = "{ meetings(first: 2) { edges { node { " + "title ".repeat(AdmittedDocuments.MAX_SHARED_LENGTH / 6)
                + "} } } }";
        PreparsedDocumentProvider engine = engine(admitting(Parser.parse(wide)));
        request(engine, wide);
        request(engine, wide);
        assertEquals(2, parses);
        assertNull(cached(wide));
    }

    @Test
    void aTextSmallRyeParsedButNeverRanIsNotKeptByTheNextRequest() {
        PreparsedDocumentProvider engine = engine(admitting(Parser.parse(QUERY)));
        request(engine, QUERY);
        String other = "{ countries { code } }";
        new DocumentSupplier(input(other), smallRyes).get(); // a miss SmallRye parsed; nothing executed it
        request(engine, QUERY); // found in the cache: nothing is shared
        assertNull(cached(other));
    }

    @Test
    void withoutSmallRyesCacheTheAdmissionIsTheProvider() {
        PreparsedDocumentProvider admission = admitting(Parser.parse(QUERY));
        assertSame(admission, AdmittedDocuments.of(admission, List.of()));
    }

    private PreparsedDocumentProvider engine(PreparsedDocumentProvider admission) {
        return AdmittedDocuments.of(admission, List.of(smallRyes));
    }

    /** What a request does: SmallRye's supplier of the document, then graphql-java asking the engine's provider. */
    private void request(PreparsedDocumentProvider engine, String query) {
        if (cached(query) == null) {
            parses++;
        }
        ExecutionInput input = input(query);
        new DocumentSupplier(input, smallRyes).get();
        engine.getDocumentAsync(input, ignored -> {
            throw new AssertionError("the admission answers, not graphql-java's parser");
        });
    }

    /** SmallRye's cached entry for the text, or null; looked up without leaving anything to be kept. */
    private PreparsedDocumentEntry cached(String query) {
        boolean[] missing = { false };
        PreparsedDocumentEntry entry = smallRyes.getDocumentAsync(input(query), ignored -> {
            missing[0] = true;
            return null;
        }).join();
        if (missing[0]) {
            smallRyes.beginValidation(null, null).onCompleted(null, new IllegalStateException("only looked up"));
        }
        return missing[0] ? null : entry;
    }

    private static ExecutionInput input(String query) {
        return ExecutionInput.newExecutionInput().query(query).build();
    }

    private static PreparsedDocumentProvider admitting(Document document) {
        return (input, parseAndValidate) -> CompletableFuture.completedFuture(new PreparsedDocumentEntry(document));
    }

    private static PreparsedDocumentProvider refusing() {
        return (input, parseAndValidate) -> CompletableFuture.completedFuture(
                new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("refused").build()));
    }
}
