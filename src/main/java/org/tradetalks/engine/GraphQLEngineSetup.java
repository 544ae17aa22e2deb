package org.tradetalks.engine;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.tradetalks.error.ErrorCodeInstrumentation;
import org.tradetalks.limits.ComplexityLimit;
import org.tradetalks.limits.DepthLimit;
import org.tradetalks.limits.DocumentLimits;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.pagination.PageRequest;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * Installs the service's instrumentation on the GraphQL engine SmallRye builds: the Int range check, query
 * limits, error codes and direct reads of plain fields ({@link DirectPropertyFetch}). SmallRye offers no way to
 * add to its own instrumentation list, so this replaces it, and with it
 * the document cache that was part of that list.
 */
@ApplicationScoped
public class GraphQLEngineSetup {

    private static final int CACHED_DOCUMENTS = 1000;

    GraphQL.Builder customize(@Observes GraphQL.Builder builder, QueryLimits limits) {
        return builder
                .instrumentation(new ChainedInstrumentation(List.of(
                        new IntRange(),
                        new DepthLimit(limits.maxDepth()),
                        new ComplexityLimit(limits.maxComplexity(), PageRequest.DEFAULT_PAGE_SIZE),
                        new ErrorCodeInstrumentation(),
                        new DirectPropertyFetch())))
                .preparsedDocumentProvider(new DocumentCache(CACHED_DOCUMENTS, new DocumentLimits(limits)));
    }
}
