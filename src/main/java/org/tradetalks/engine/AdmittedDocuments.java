package org.tradetalks.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.smallrye.graphql.execution.QueryCache;

/**
 * The engine's document provider: the edge's admission (which parses, prices and validates each distinct text once),
 * sharing what it admitted with SmallRye's query cache.
 *
 * <p>SmallRye parses every request once more before graphql-java runs it, only to tell queries from mutations, unless
 * its query cache holds the text; and it adds a text to that cache when graphql-java's validation of it completes,
 * which never happens here: graphql-java validates nothing the admission hands it. So SmallRye parsed every request
 * (6% of the CPU time of the benchmark's nested query, JFR). The admitted document is now put into SmallRye's cache
 * through the two calls its own filling takes (the look-up that misses, then the validation that completed), so
 * SmallRye keeps the admission's document itself and parses nothing.
 *
 * <p>SmallRye's cache holds up to 2048 texts, bounded by number only, and keeps a document after the admission has
 * dropped it; a parsed document takes about 18 bytes per character of its text (measured). Only texts of at most
 * {@value #MAX_SHARED_LENGTH} characters are shared, so that what it can hold stays under 40 MB whatever clients
 * send; SmallRye parses longer texts on every request, as before.
 */
final class AdmittedDocuments implements PreparsedDocumentProvider {

    static final int MAX_SHARED_LENGTH = 1000;

    private final PreparsedDocumentProvider admission;
    private final QueryCache smallRyes;

    private AdmittedDocuments(PreparsedDocumentProvider admission, QueryCache smallRyes) {
        this.admission = admission;
        this.smallRyes = smallRyes;
    }

    /** The admission, sharing with the query cache among SmallRye's instrumentations, if it has one. */
    static PreparsedDocumentProvider of(PreparsedDocumentProvider admission, List<Instrumentation> smallRyes) {
        for (Instrumentation instrumentation : smallRyes) {
            if (instrumentation instanceof QueryCache cache) {
                return new AdmittedDocuments(admission, cache);
            }
        }
        return admission;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        CompletableFuture<PreparsedDocumentEntry> answer = admission.getDocumentAsync(input, parseAndValidate);
        if (answer.isDone() && input.getQuery().length() <= MAX_SHARED_LENGTH && !answer.join().hasErrors()) {
            share(input, answer.join());
        }
        return answer;
    }

    private void share(ExecutionInput input, PreparsedDocumentEntry admitted) {
        boolean[] missing = { false };
        smallRyes.getDocumentAsync(input, ignored -> {
            missing[0] = true;
            return admitted;
        });
        if (missing[0]) {
            // The miss left the entry waiting on this thread; the cache keeps it when its validation succeeded.
            smallRyes.beginValidation(null, null).onCompleted(List.of(), null);
        }
    }
}
