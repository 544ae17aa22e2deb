package org.tradetalks.edge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.tradetalks.cache.CacheSettings;
import org.tradetalks.cache.PersistedQueries;
import org.tradetalks.cache.ResponseCache;
import org.tradetalks.error.CodedError;
import org.tradetalks.error.ErrorCode;
import org.tradetalks.limits.Deadline;
import org.tradetalks.limits.QueryLimits;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The one layer that admits and answers GraphQL requests over HTTP at {@code /graphql}, in place of SmallRye's HTTP
 * handler (SmallRye stays the schema builder and the executor, and keeps the WebSocket transport on the same path).
 *
 * <p>On the event loop it only reads headers: the method, the media types. Everything else runs on a worker thread:
 * decoding the request ({@link RequestDecoder}), admitting its document ({@link DocumentAdmission}), executing it
 * ({@link Execution}). A request that is not answered within its deadline is answered with LIMIT_EXCEEDED by a timer,
 * and what still runs for it stops at its next resolver, as it does when the client goes away. Every answer, refusals
 * included, is a GraphQL JSON response with {@code extensions.code}, with the status GraphQL over HTTP gives it.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    private static final String PATH = "/graphql";
    private static final String RESPONSE_TYPE = ResponseType.class.getName();
    private static final String ALLOWED = "GET, POST, OPTIONS";

    @Inject
    DocumentAdmission admission;

    @Inject
    Execution execution;

    @Inject
    QueryLimits limits;

    @Inject
    MeterRegistry meters;

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    ResponseCache responses;

    @Inject
    CacheSettings cacheSettings;

    void install(@Observes Router router) {
        // After RequestIds and Quarkus' CORS filter, so answers carry the headers a browser needs to read them. SmallRye's
        // WebSocket route on this path comes first and passes plain requests on (see dispatch); its HTTP route comes
        // after these and is never reached.
        // Headers first, in a route of their own: Vert.x reads a body before any other handler of its route.
        router.route(PATH).order(-2).handler(this::checkHeaders).failureHandler(this::failed);
        router.route(PATH).order(-1)
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodySize().asLongValue()))
                .handler(this::dispatch)
                .failureHandler(this::failed);
        // Paths under /graphql that nothing serves (the SDL is /graphql/schema.graphql) answer in JSON too.
        router.route(PATH + "/*").order(Integer.MAX_VALUE - 1).handler(context -> answer(context, refusal(404,
                ErrorCode.BAD_REQUEST, "Nothing is served at " + context.request().path() + ": GraphQL requests go to "
                        + PATH + ", the schema is at " + PATH + "/schema.graphql.")));
    }

    private static boolean isWebSocketUpgrade(HttpServerRequest request) {
        String upgrade = request.getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    /**
     * Method and media types, answered on the event loop without reading the body. A refusal here leaves the body
     * unread, so it closes the connection: a keep-alive client's next request would otherwise be read as the rest of
     * this body.
     */
    void checkHeaders(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (isWebSocketUpgrade(request)) {
            context.next();
            return;
        }
        HttpMethod method = request.method();
        if (method == HttpMethod.OPTIONS) {
            context.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, ALLOWED).end();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            answer(context, closing(context, refusal(405, ErrorCode.BAD_REQUEST, method + " is not a GraphQL method here: send queries "
                    + "with GET or POST, mutations with POST.", Map.of(HttpHeaders.ALLOW.toString(), ALLOWED))));
            return;
        }
        var type = ResponseType.negotiate(request.getHeader(HttpHeaders.ACCEPT));
        if (type.isEmpty()) {
            answer(context, closing(context, refusal(406, ErrorCode.BAD_REQUEST, "The Accept header names no type this endpoint "
                    + "answers in: accept application/graphql-response+json or application/json.")));
            return;
        }
        context.put(RESPONSE_TYPE, type.get());
        if (method == HttpMethod.POST) {
            String unsupported = ContentTypes.refusal(request.getHeader(HttpHeaders.CONTENT_TYPE));
            if (unsupported != null) {
                answer(context, closing(context, refusal(415, ErrorCode.BAD_REQUEST, unsupported)));
                return;
            }
        }
        context.next();
    }

    /** Hands the request to a worker thread, with a deadline for its answer. */
    void dispatch(RoutingContext context) {
        if (isWebSocketUpgrade(context.request())) {
            context.next();
            return;
        }
        long millis = limits.requestTimeout().toMillis();
        Deadline deadline = Deadline.in(limits.requestTimeout(), (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms")
                + " (trade-talks.limits.request-timeout)");
        AtomicBoolean answered = new AtomicBoolean();
        long timer = context.vertx().setTimer(Math.max(1, deadline.remainingMillis()), fired -> {
            if (answered.compareAndSet(false, true)) {
                deadline.stop("it ran past its deadline");
                answer(context, Answer.of(result(null, List.of(deadline.exceeded().toError())), type(context)));
            }
        });
        // SmallRye's WebSocket route sees every /graphql request first and gives its response handlers that end the
        // request's CDI context when the response ends or the connection closes; here the work may still run then
        // (a late answer, a client that left) and would lose its database session mid-query. Execution ends the
        // context itself once the work is done; a closed connection only stops the work.
        context.response()
                .closeHandler(closed -> deadline.stop("the client closed the connection"))
                .exceptionHandler(failed -> deadline.stop("the connection failed"))
                .endHandler(null);
        context.vertx().<Answer>executeBlocking(() -> handle(context, deadline), false).onComplete(done -> {
            context.vertx().cancelTimer(timer);
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            if (done.succeeded()) {
                answer(context, done.result());
            } else {
                LOG.error("Unexpected failure while answering a GraphQL request", done.cause());
                answer(context, Answer.of(result(null, List.of(new CodedError(ErrorCode.INTERNAL_SERVER_ERROR,
                        "Internal server error."))), type(context)).withStatus(500));
            }
        });
    }

    private Answer handle(RoutingContext context, Deadline deadline) {
        ResponseType type = type(context);
        if (deadline.passed()) {
            return Answer.of(result(null, List.of(deadline.exceeded().toError())), type);
        }
        GraphQLRequest request;
        String persistedHash;
        try {
            request = RequestDecoder.decode(context);
            persistedHash = PersistedQuery.hash(request);
            if (persistedHash != null && request.query() != null) {
                PersistedQuery.check(persistedHash, request.query());
            }
        } catch (Refusal refused) {
            return refusal(refused, type);
        }
        boolean learning = persistedHash != null && request.query() != null;
        if (persistedHash != null && !learning) {
            var known = persistedQueries.find(persistedHash);
            if (known.isEmpty()) {
                // 200 whatever the media type: Apollo Client's link then sends the request again with its document.
                return new Answer(200, type, ResponseJson.write(result(null, List.of(new CodedError(
                        ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound"))), false), Map.of());
            }
            request = request.withQuery(known.get());
        }
        Admission admitted = admission.admit(request.query(), request.operationName(), request.variables());
        if (admitted.refused()) {
            return Answer.requestError(admitted.errors(), type);
        }
        if (learning) {
            persistedQueries.keep(persistedHash, request.query());
        }
        if (admitted.isMutation() && context.request().method() == HttpMethod.GET) {
            return refusal(new Refusal(405, ErrorCode.BAD_REQUEST, "Mutations are accepted only with POST; this GET "
                    + "request was not executed.", Map.of(HttpHeaders.ALLOW.toString(), "POST")), type);
        }
        if (admitted.isSubscription()) {
            return Answer.requestError(List.of(new CodedError(ErrorCode.BAD_REQUEST, "Subscriptions are served over "
                    + "WebSocket at " + PATH + " (the graphql-transport-ws protocol), not over plain HTTP.")), type);
        }
        boolean get = context.request().method() == HttpMethod.GET;
        // Anonymous: no credentials were sent. Only such answers are the same for everyone who asks.
        boolean publicQuery = admitted.operation().getOperation() == OperationDefinition.Operation.QUERY
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        Timer.Sample sample = Timer.start(meters);
        ResponseCache.Key key = null;
        long position = -1;
        if (publicQuery && responses.enabled()) {
            key = ResponseCache.Key.of(request.query(), request.operationName(), request.variablesJson(), type.mediaType);
            ResponseCache.Lookup found = responses.lookup(key);
            if (found.hit() != null) {
                sample.stop(timer(admitted, "cached"));
                Answer cached = new Answer(200, type, found.hit().body(), Map.of());
                return get ? validated(context, cached, found.hit().etag()) : cached.withHeaders(HttpCaching.UNCACHEABLE);
            }
            position = found.position();
        }
        ExecutionResult result = execution.run(context, request, admitted, deadline);
        boolean ok = result.getErrors().isEmpty();
        sample.stop(timer(admitted, ok ? "ok" : "errors"));
        Answer answer = Answer.of(result, type);
        if (!publicQuery) {
            return answer.withHeaders(context.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                    ? HttpCaching.PRIVATE : HttpCaching.UNCACHEABLE);
        }
        if (!ok || !result.isDataPresent()) {
            return answer.withHeaders(HttpCaching.UNCACHEABLE);
        }
        if (key == null && !get) {
            return answer.withHeaders(HttpCaching.UNCACHEABLE); // nothing to keep, nothing to validate: no hash
        }
        String etag = HttpCaching.etag(type.contentType(), answer.body());
        if (key != null) {
            responses.keep(key, answer.body(), etag, position);
        }
        return get ? validated(context, answer, etag) : answer.withHeaders(HttpCaching.UNCACHEABLE);
    }

    private Timer timer(Admission admitted, String outcome) {
        return meters.timer("graphql.requests", "type", admitted.operation().getOperation().name().toLowerCase(),
                "field", rootField(admitted), "outcome", outcome);
    }

    /** A public GET answer with its validators: 304 without a body when the client's copy is current. */
    private Answer validated(RoutingContext context, Answer answer, String etag) {
        Map<String, String> headers = HttpCaching.cacheable(etag, cacheSettings.httpMaxAge());
        if (HttpCaching.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return new Answer(304, answer.type(), new byte[0], headers);
        }
        return answer.withHeaders(headers);
    }

    /**
     * The operation's first root field, for the metrics: a name from the schema (bounded), never the client's
     * operationName (anything a client cares to send).
     */
    private static String rootField(Admission admitted) {
        return admitted.operation().getSelectionSet().getSelectionsOfType(graphql.language.Field.class).stream()
                .findFirst().map(graphql.language.Field::getName).orElse("fragment");
    }

    /** The body handler's refusals (413) and anything unforeseen, as GraphQL JSON responses. */
    void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            return;
        }
        if (context.statusCode() == 413) {
            answer(context, closing(context, refusal(413, ErrorCode.LIMIT_EXCEEDED, "The request body is larger than "
                    + limits.maxBodySize().asLongValue() / 1024 + " KiB (trade-talks.limits.max-body-size).")));
            return;
        }
        if (context.statusCode() >= 400 && context.statusCode() < 500) {
            answer(context, refusal(context.statusCode(), ErrorCode.BAD_REQUEST, "The request could not be read."));
            return;
        }
        if (!context.request().isEnded()) {
            // The body's bytes broke off or were not HTTP (a chunk size that is not hex, say): the client's doing, not
            // ours, so no ERROR. Netty's decoder has given up on the connection and Vert.x closes it, usually before
            // this answer can go out.
            LOG.debugf("Unreadable request body: %s", context.failure());
            answer(context, closing(context, refusal(400, ErrorCode.BAD_REQUEST, "The request body could not be read: it is "
                    + "not well-formed HTTP (" + context.failure().getClass().getSimpleName() + ").")));
            return;
        }
        LOG.error("Unexpected failure while reading a GraphQL request", context.failure());
        answer(context, refusal(500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error."));
    }

    /**
     * The answer, with the connection closed after it (the request's body was not read). Over HTTP/2 there is nothing
     * to close: an unread body is that stream's alone, and a Connection header would make the response malformed
     * (RFC 9113, 8.2.2; strict clients such as JDK 25's refuse it).
     */
    private static Answer closing(RoutingContext context, Answer answer) {
        if (context.request().version() == HttpVersion.HTTP_2) {
            return answer;
        }
        Map<String, String> headers = new java.util.HashMap<>(answer.headers());
        headers.put(HttpHeaders.CONNECTION.toString(), "close");
        return new Answer(answer.status(), answer.type(), answer.body(), headers);
    }

    private static ResponseType type(RoutingContext context) {
        ResponseType type = context.get(RESPONSE_TYPE);
        return type == null ? ResponseType.JSON : type;
    }

    private static ExecutionResult result(Object data, List<GraphQLError> errors) {
        return ExecutionResultImpl.newExecutionResult().data(data).errors(errors).build();
    }

    private static Answer refusal(Refusal refused, ResponseType type) {
        return new Answer(refused.status, type, ResponseJson.write(result(null, List.of(refused.error)), false), refused.headers);
    }

    /** A refusal made before the response type is known: in application/json. */
    private static Answer refusal(int status, ErrorCode code, String message) {
        return refusal(new Refusal(status, code, message), ResponseType.JSON);
    }

    private static Answer refusal(int status, ErrorCode code, String message, Map<String, String> headers) {
        return refusal(new Refusal(status, code, message, headers), ResponseType.JSON);
    }

    private static void answer(RoutingContext context, Answer answer) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        var response = context.response().setStatusCode(answer.status());
        if (answer.status() != 304) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, answer.type().contentType());
        }
        if (!answer.headers().containsKey(HttpCaching.CACHE_CONTROL)) {
            // Refusals and errors too: no cache may keep them, not even by heuristics.
            response.putHeader(HttpCaching.CACHE_CONTROL, HttpCaching.NO_STORE);
        }
        answer.headers().forEach(response::putHeader);
        response.end(Buffer.buffer(answer.body()));
    }

    /** An HTTP answer: status, media type, JSON body (UTF-8) and extra headers. */
    record Answer(int status, ResponseType type, byte[] body, Map<String, String> headers) {

        /**
         * An executed (or refused) GraphQL result. With application/graphql-response+json, a result without data
         * (the request failed before execution: variables that do not fit, for instance) is a request error, 400.
         */
        static Answer of(ExecutionResult result, ResponseType type) {
            int status = !result.isDataPresent() && type == ResponseType.GRAPHQL_RESPONSE ? 400 : 200;
            return new Answer(status, type, ResponseJson.write(result, result.isDataPresent()), Map.of());
        }

        /** A document refused before execution: 200 for application/json, 400 for the GraphQL response type. */
        static Answer requestError(List<GraphQLError> errors, ResponseType type) {
            return new Answer(type == ResponseType.GRAPHQL_RESPONSE ? 400 : 200, type,
                    ResponseJson.write(result(null, errors), false), Map.of());
        }

        Answer withStatus(int newStatus) {
            return new Answer(newStatus, type, body, headers);
        }

        Answer withHeaders(Map<String, String> more) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.putAll(more);
            return new Answer(status, type, body, all);
        }
    }
}
