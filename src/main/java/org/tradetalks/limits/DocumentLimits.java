package org.tradetalks.limits;

import java.util.Optional;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.language.OperationDefinition;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/** Checks the size and shape of a query document before it is run. */
public final class DocumentLimits {

    private final QueryLimits limits;

    public DocumentLimits(QueryLimits limits) {
        this.limits = limits;
    }

    /** Why the query text is refused before parsing, if it is. */
    public Optional<String> refuseText(String query) {
        if (query != null && query.length() > limits.maxQueryLength()) {
            return Optional.of("The query is " + query.length() + " characters long; the maximum query length is "
                    + limits.maxQueryLength() + " (trade-talks.limits.max-query-length).");
        }
        return Optional.empty();
    }

    /** Why the parsed document is refused, if it is. */
    public Optional<String> refuseDocument(Document document) {
        long operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (operations > limits.maxOperations()) {
            return Optional.of("The document holds " + operations + " operations; the maximum is "
                    + limits.maxOperations() + " (trade-talks.limits.max-operations).");
        }
        int[] aliases = { 0 };
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
                if (field.getAlias() != null) {
                    aliases[0]++;
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        if (aliases[0] > limits.maxAliases()) {
            return Optional.of("The document uses " + aliases[0] + " aliases; the maximum is " + limits.maxAliases()
                    + " (trade-talks.limits.max-aliases).");
        }
        return Optional.empty();
    }
}
