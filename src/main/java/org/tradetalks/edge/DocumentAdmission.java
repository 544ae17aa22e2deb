package org.tradetalks.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.tradetalks.engine.ExecutedSchema;
import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;
import org.tradetalks.error.ErrorCodes;
import org.tradetalks.limits.Limits;
import org.tradetalks.limits.Pricing;
import org.tradetalks.limits.QueryLimits;
import org.tradetalks.pagination.PageRequest;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.quarkus.runtime.StartupEvent;

/**
 * Decides whether a document may run, before any of it is executed: it is parsed within token and nesting limits,
 * priced ({@link Pricing}: fragment-aware, linear in its size) and only then validated, since validation walks every
 * fragment spread too. The verdict for each distinct query text is kept (least recently used dropped first, bounded by
 * the total length of the texts kept); what depends on the variables (a {@code first: $n}) is checked per request.
 *
 * <p>The HTTP edge asks before executing, so that it can answer with the status the refusal needs; the engine asks
 * again through {@link PreparsedDocumentProvider} (answered from the request's own admission, or the cache), which
 * is also how documents sent over WebSocket are admitted.
 */
@ApplicationScoped
public class DocumentAdmission implements PreparsedDocumentProvider {

    /** The request's admission in the GraphQL context, when the HTTP edge admitted it. */
    public static final String KEY = Admission.class.getName();

    private static final int CACHED_DOCUMENTS = 1000;
    /** Total characters of the cached query texts: about 50 bytes of syntax tree each, so some 25 MB at most. */
    private static final long CACHED_CHARACTERS = 500_000;
    /** Nesting of the parser's grammar rules: about four per level of selections, plus values and fragments. */
    private static final int MAX_RULE_DEPTH = 200;

    @Inject
    ExecutedSchema executed;

    private GraphQLSchema schema;

    @Inject
    QueryLimits configured;

    private Limits limits;
    private Pricing pricing;
    private ParserOptions parserOptions;
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedCharacters;

    /** What is known of one query text whatever the variables: its document, or why it is refused. */
    private record Verdict(Document document, List<GraphQLError> refusal, boolean priceDependsOnVariables) {
    }

    void start(@Observes StartupEvent started) {
        // Before the engine is built (on the first request otherwise): its first parse must already use these limits.
        parserOptions = parserOptions();
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
        GoodFaithIntrospection.enabledJvmWide(false);
        limits = new Limits(configured);
        schema = executed.get();
        pricing = new Pricing(schema, configured.maxPageSize(), PageRequest.DEFAULT_PAGE_SIZE);
    }

    private ParserOptions parserOptions() {
        return ParserOptions.newParserOptions()
                .maxCharacters(configured.maxQueryLength())
                .maxTokens(configured.maxTokens())
                .maxWhitespaceTokens(configured.maxQueryLength())
                .maxRuleDepth(MAX_RULE_DEPTH)
                .captureIgnoredChars(false)
                .captureLineComments(false)
                .captureSourceLocation(true)
                .build();
    }

    public Limits limits() {
        return limits;
    }

    /** Whether {@code query} may run as {@code operationName} with {@code variables}, and the document to run. */
    public Admission admit(String query, String operationName, Map<String, Object> variables) {
        List<GraphQLError> tooLong = limits.refuseText(query);
        if (!tooLong.isEmpty()) {
            return Admission.refused(tooLong);
        }
        Verdict verdict = verdict(query, variables);
        if (!verdict.refusal().isEmpty()) {
            return Admission.refused(verdict.refusal());
        }
        if (verdict.priceDependsOnVariables()) {
            List<GraphQLError> refusal = limits.refusePrice(pricing.price(verdict.document(), variables));
            if (!refusal.isEmpty()) {
                return Admission.refused(refusal);
            }
        }
        OperationDefinition operation;
        try {
            operation = operation(verdict.document(), operationName);
        } catch (OperationNotFound notFound) {
            return Admission.refused(List.of(new CodedError(ErrorCode.OPERATION_RESOLUTION_FAILURE, notFound.getMessage())));
        }
        List<String> problems = pricing.variableProblems(operation, variables);
        if (!problems.isEmpty()) {
            return Admission.refused(problems.stream()
                    .map(problem -> (GraphQLError) new CodedError(ErrorCode.BAD_USER_INPUT, problem)).toList());
        }
        return Admission.admitted(verdict.document(), operation);
    }

    private Verdict verdict(String query, Map<String, Object> variables) {
        synchronized (verdicts) {
            Verdict known = verdicts.get(query);
            if (known != null) {
                return known;
            }
        }
        Verdict verdict = examine(query, variables);
        if (verdict.document() != null || !verdict.priceDependsOnVariables()) {
            remember(query, verdict);
        }
        return verdict;
    }

    private Verdict examine(String query, Map<String, Object> variables) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
        } catch (InvalidSyntaxException invalid) {
            return new Verdict(null, List.of(syntaxError(invalid)), false);
        }
        Pricing.Price price = pricing.price(document, variables);
        List<GraphQLError> refusal = limits.refusePrice(price);
        if (!refusal.isEmpty()) {
            // A refusal that depends on this request's variables is not kept (see verdict()).
            return new Verdict(null, refusal, price.dependsOnVariables());
        }
        List<ValidationError> invalid = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
        if (!invalid.isEmpty()) {
            return new Verdict(null, ErrorCodes.coded(new ArrayList<>(invalid), schema), false);
        }
        return new Verdict(document, List.of(), price.dependsOnVariables());
    }

    private GraphQLError syntaxError(InvalidSyntaxException invalid) {
        if (invalid instanceof ParseCancelledTooDeepException) {
            return new CodedError(ErrorCode.LIMIT_EXCEEDED, "The document nests selections, lists or objects too deeply "
                    + "to be read (more than " + MAX_RULE_DEPTH + " grammar levels).");
        }
        if (invalid instanceof ParseCancelledTooManyCharsException) {
            return new CodedError(ErrorCode.LIMIT_EXCEEDED, "The query is longer than the maximum query length of "
                    + configured.maxQueryLength() + " characters (trade-talks.limits.max-query-length).");
        }
        if (invalid instanceof ParseCancelledException) {
            return new CodedError(ErrorCode.LIMIT_EXCEEDED, "The document has more than " + configured.maxTokens()
                    + " tokens, or more than " + configured.maxQueryLength() + " whitespace and comment tokens; "
                    + "the parser stopped reading (trade-talks.limits.max-tokens).");
        }
        return ErrorCodes.coded(invalid.toInvalidSyntaxError(), schema);
    }

    private void remember(String query, Verdict verdict) {
        synchronized (verdicts) {
            if (verdicts.putIfAbsent(query, verdict) != null) {
                return;
            }
            cachedCharacters += query.length();
            var eldest = verdicts.entrySet().iterator();
            while ((verdicts.size() > CACHED_DOCUMENTS || cachedCharacters > CACHED_CHARACTERS) && eldest.hasNext()) {
                cachedCharacters -= eldest.next().getKey().length();
                eldest.remove();
            }
        }
    }

    private static final class OperationNotFound extends Exception {
        OperationNotFound(String message) {
            super(message, null, false, false);
        }
    }

    private static OperationDefinition operation(Document document, String operationName) throws OperationNotFound {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            if (operations.size() == 1) {
                return operations.get(0);
            }
            throw new OperationNotFound(operations.isEmpty() ? "The document holds no operation to run."
                    : "The document holds " + operations.size() + " operations: say which one to run with operationName.");
        }
        for (OperationDefinition operation : operations) {
            if (operationName.equals(operation.getName())) {
                return operation;
            }
        }
        throw new OperationNotFound("The document holds no operation named '" + operationName + "'; it holds "
                + String.join(", ", operations.stream().map(o -> o.getName() == null ? "an unnamed one" : "'" + o.getName() + "'").toList())
                + ".");
    }

    /**
     * The engine's request for the document: the one the edge admitted for this request, else (over WebSocket) an
     * admission made now. Mutations run only through the HTTP edge, which makes each document one transaction.
     */
    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        if (pricing == null) {
            // The query ExecutedSchema sends at start-up to have SmallRye build its engine, before pricing exists.
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        Admission admission = input.getGraphQLContext().get(KEY);
        if (admission == null) {
            admission = admit(input.getQuery(), input.getOperationName(), input.getRawVariables().toMap());
            if (!admission.refused() && admission.operation().getOperation() == OperationDefinition.Operation.MUTATION) {
                admission = Admission.refused(List.of(new CodedError(ErrorCode.BAD_REQUEST,
                        "Mutations are accepted over HTTP POST to /graphql only, where each document is one transaction.")));
            }
        }
        return CompletableFuture.completedFuture(admission.refused() ? new PreparsedDocumentEntry(admission.errors())
                : new PreparsedDocumentEntry(admission.document()));
    }
}
