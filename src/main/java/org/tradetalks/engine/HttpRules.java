package org.tradetalks.engine;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.tradetalks.error.ErrorCode;

/**
 * GraphQL over HTTP rules that SmallRye GraphQL leaves to the application, checked before it sees the request
 * (verified by the graphql-http audits in src/test/clients):
 * <ul>
 * <li>a mutation sent with GET is refused with 405 and {@code Allow: POST}, never executed (spec: MUST);</li>
 * <li>a POST whose {@code Content-Type} is missing or neither {@code application/json} nor
 * {@code application/graphql} is refused with 415 (spec: SHOULD), so a cross-site form or a {@code text/plain}
 * "simple" request can never pass for GraphQL;</li>
 * <li>a request without an {@code Accept} header, or accepting anything ({@code *}{@code /*}) but neither
 * GraphQL response type, is answered as {@code application/json} (spec: SHOULD);</li>
 * <li>a request whose {@code operationName} is not a string or whose {@code variables} is not an object is
 * answered 400 with a BAD_USER_INPUT error (spec: MAY); SmallRye GraphQL fails on it with a
 * ClassCastException, which would otherwise be a logged 500.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpRules {

    private static final Logger LOG = Logger.getLogger(HttpRules.class);

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    void install(@Observes Router router) {
        // After RequestIds and Quarkus' CORS filter (negative orders), so refusals carry the CORS headers a browser
        // needs to read them; before the GraphQL handler and its body handler (non-negative orders).
        router.route("/graphql").order(-1).handler(HttpRules::check).failureHandler(HttpRules::malformed);
    }

    /**
     * Resolver failures never get here (graphql-java turns them into GraphQL errors); a ClassCastException that
     * escapes the GraphQL handler comes from reading a request parameter of the wrong JSON type.
     */
    static void malformed(RoutingContext context) {
        if (context.failure() instanceof ClassCastException && !context.response().headWritten()) {
            LOG.debugf("Malformed GraphQL request: %s", context.failure().getMessage());
            refuse(context, 400, context.request().getHeader(HttpHeaders.ACCEPT),
                    "Malformed request: operationName must be a string and variables an object.");
            return;
        }
        context.next();
    }

    static void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (answersAsJson(accept)) {
            request.headers().set(HttpHeaders.ACCEPT, JSON);
            accept = JSON;
        }
        if (request.method() == HttpMethod.GET && isMutation(request.getParam("query"), request.getParam("operationName"))) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(context, 405, accept, "Mutations are accepted only with POST; this GET request was not executed.");
            return;
        }
        if (request.method() == HttpMethod.POST) {
            if (!supported(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
                refuse(context, 415, accept, "Send the request with Content-Type: application/json.");
                return;
            }
        }
        context.next();
    }

    /**
     * application/json or application/graphql, with any parameters. The header may arrive repeated and joined
     * with commas (Quarkus' GraphiQL sends {@code application/json, application/json}): every part must be one.
     */
    static boolean supported(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String part : contentType.split(",")) {
            String mediaType = part.split(";", 2)[0].trim().toLowerCase();
            if (!mediaType.equals(JSON) && !mediaType.equals("application/graphql")) {
                return false;
            }
        }
        return true;
    }

    /** No Accept header, or one that takes anything but names neither GraphQL response type. */
    static boolean answersAsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String lower = accept.toLowerCase();
        return lower.contains("*/*") && !lower.contains(GRAPHQL_RESPONSE) && !lower.contains(JSON);
    }

    /** True when the document parses and the operation it selects is a mutation. */
    static boolean isMutation(String query, String operationName) {
        if (query == null || query.isBlank()) {
            return false;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException syntaxError) {
            return false; // the GraphQL handler reports the syntax error
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            boolean selected = operationName == null || operationName.isBlank()
                    ? operations.size() == 1
                    : operationName.equals(operation.getName());
            if (selected) {
                return operation.getOperation() == OperationDefinition.Operation.MUTATION;
            }
        }
        return false;
    }

    private static void refuse(RoutingContext context, int status, String accept, String message) {
        String type = accept != null && accept.toLowerCase().contains(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : JSON;
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", ErrorCode.BAD_USER_INPUT.name()));
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
