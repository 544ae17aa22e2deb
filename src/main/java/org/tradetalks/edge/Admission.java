package org.tradetalks.edge;

import java.util.List;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;

/** The verdict on one request's document: the document and the operation to run, or the errors that refuse it. */
public record Admission(Document document, OperationDefinition operation, List<GraphQLError> errors) {

    static Admission admitted(Document document, OperationDefinition operation) {
        return new Admission(document, operation, List.of());
    }

    static Admission refused(List<GraphQLError> errors) {
        return new Admission(null, null, List.copyOf(errors));
    }

    public boolean refused() {
        return !errors.isEmpty();
    }

    public boolean isMutation() {
        return operation != null && operation.getOperation() == OperationDefinition.Operation.MUTATION;
    }

    public boolean isSubscription() {
        return operation != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
    }
}
