package org.tradetalks.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;
import org.tradetalks.limits.DocumentLimits;

/**
 * Parses and validates each distinct query text once, refusing documents over the size limits; the least
 * recently used entries are dropped first.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> entries;
    private final DocumentLimits limits;

    DocumentCache(int capacity, DocumentLimits limits) {
        this.limits = limits;
        entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Optional<String> tooLong = limits.refuseText(input.getQuery());
        if (tooLong.isPresent()) {
            return CompletableFuture.completedFuture(refused(tooLong.get()));
        }
        PreparsedDocumentEntry entry = entries.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                entry = limits.refuseDocument(entry.getDocument()).map(DocumentCache::refused).orElse(entry);
            }
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    private static PreparsedDocumentEntry refused(String message) {
        return new PreparsedDocumentEntry(new CodedError(ErrorCode.LIMIT_EXCEEDED, message));
    }
}
