package org.tradetalks.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tradetalks.error.ApiException;
import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;

import org.dataloader.DataLoader;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * The root fields of one mutation document, which commit together or not at all. graphql-java runs them one after
 * the other; once one fails, the rest are not run, and when the document is rolled back every field that had
 * succeeded is reported as not saved, so no answer reports a write that did not happen, or hides one that did.
 */
public final class MutationDocument {

    /** The key of the document's state in the GraphQL context. */
    public static final String KEY = MutationDocument.class.getName();

    private final List<String> rootFields;
    private final List<String> succeeded = new ArrayList<>();
    private String failed;

    /** A mutation document about to run {@code operation} of {@code document}. */
    public MutationDocument(Document document, OperationDefinition operation) {
        rootFields = new ArrayList<>();
        collectRootFields(operation.getSelectionSet(), document, rootFields, new HashSet<>());
    }

    /** The response keys of the root fields, in document order, fragments at the root included. */
    private static void collectRootFields(SelectionSet set, Document document, List<String> keys, Set<String> spread) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field && !keys.contains(field.getResultKey())) {
                keys.add(field.getResultKey());
            } else if (selection instanceof InlineFragment inline) {
                collectRootFields(inline.getSelectionSet(), document, keys, spread);
            } else if (selection instanceof FragmentSpread fragment && spread.add(fragment.getName())) {
                document.getDefinitionsOfType(FragmentDefinition.class).stream()
                        .filter(definition -> definition.getName().equals(fragment.getName()))
                        .findFirst()
                        .ifPresent(definition -> collectRootFields(definition.getSelectionSet(), document, keys, spread));
            }
        }
    }

    /** Runs one root field, unless an earlier one failed. */
    Object run(DataFetcher<?> field, DataFetchingEnvironment environment) throws Exception {
        String key = environment.getField().getResultKey();
        if (failed != null) {
            throw new ApiException(ErrorCode.ROLLED_BACK, "Not run: '" + failed + "' failed before it, and a mutation "
                    + "document saves all of its fields or none.");
        }
        if (!succeeded.isEmpty()) {
            // A data loader remembers what it loaded for a key for the whole request: without this, a field that
            // answers with an entity an earlier field of this document already answered with would show it as it
            // was before its own change.
            environment.getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
        }
        Object result;
        try {
            result = field.get(environment);
        } catch (Exception | Error failure) {
            failed = key;
            throw failure;
        }
        if (result instanceof DataFetcherResult<?> partial && partial.hasErrors()) {
            failed = key;
        } else {
            succeeded.add(key);
        }
        return result;
    }

    /** The answer for a document that was rolled back because of the errors in {@code result}. */
    public ExecutionResult rolledBack(ExecutionResult result) {
        if (!result.isDataPresent()) {
            return result; // refused before execution (variables that do not fit): no field ran
        }
        String cause = failed != null ? "'" + failed + "' failed" : "the mutation had errors";
        List<GraphQLError> errors = new ArrayList<>(result.getErrors());
        Set<Object> reported = new HashSet<>();
        for (GraphQLError error : result.getErrors()) {
            if (error.getPath() != null && !error.getPath().isEmpty()) {
                reported.add(error.getPath().get(0));
            }
        }
        for (String key : rootFields) {
            if (succeeded.contains(key)) {
                errors.add(new CodedError(ErrorCode.ROLLED_BACK, "Not saved: " + cause + ", and a mutation document "
                        + "saves all of its fields or none.", List.of(), List.of(key)));
            } else if (!key.equals(failed) && !reported.contains(key)) {
                // graphql-java stops a mutation at a root field that must not be null and failed: the rest never ran.
                errors.add(new CodedError(ErrorCode.ROLLED_BACK, "Not run: " + cause + " before it, and a mutation "
                        + "document saves all of its fields or none.", List.of(), List.of(key)));
            }
        }
        return withoutData(result, errors);
    }

    /** The answer for a document whose commit failed with {@code error} (coded for the client). */
    public ExecutionResult notCommitted(ExecutionResult result, CodedError error) {
        List<GraphQLError> errors = new ArrayList<>();
        for (String key : succeeded) {
            errors.add(new CodedError(error.code(), "Not saved: " + error.getMessage(), List.of(), List.of(key)));
        }
        if (errors.isEmpty()) {
            errors.add(error);
        }
        return withoutData(result, errors);
    }

    private static ExecutionResult withoutData(ExecutionResult result, List<GraphQLError> errors) {
        return ExecutionResultImpl.newExecutionResult().data(null).errors(errors).extensions(result.getExtensions()).build();
    }
}
