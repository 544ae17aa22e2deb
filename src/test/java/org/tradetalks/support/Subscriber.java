package org.tradetalks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * A GraphQL subscription over WebSocket as a browser client opens it: the graphql-transport-ws protocol
 * on /graphql (connection_init, connection_ack, subscribe, then one {@code next} message per event).
 * {@link #subscribe} opens a connection with one subscription (id "1"); {@link #connect} opens one to which
 * {@link #start} adds subscriptions of any id, whose messages {@link #message} returns as they come.
 */
public final class Subscriber implements AutoCloseable {

    private static final String PROTOCOL = "graphql-transport-ws";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    /** While paused, the client reads nothing from the socket: the server's writes pile up in the network buffers. */
    private volatile boolean paused;
    private volatile boolean demandOwed;

    private Subscriber(URI uri) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols(PROTOCOL)
                .connectTimeout(TIMEOUT)
                .buildAsync(uri, new Collector())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(PROTOCOL, socket.getSubprotocol());
        send(Map.of("type", "connection_init", "payload", Map.of()));
        JsonPath ack = message();
        assertEquals("connection_ack", ack == null ? null : ack.getString("type"), "the server acknowledges the connection");
    }

    /** Opens a connection and subscribes with {@code query}. */
    public static Subscriber subscribe(String query) throws Exception {
        return connect().start("1", query);
    }

    /** Opens a connection to the service under test, with no subscription yet. */
    public static Subscriber connect() throws Exception {
        return connect(URI.create(RestAssured.baseURI.replaceFirst("^http", "ws") + ":" + RestAssured.port + "/graphql"));
    }

    /** Opens a connection to the GraphQL WebSocket endpoint {@code uri} (ws://host:port/graphql). */
    public static Subscriber connect(URI uri) throws Exception {
        return new Subscriber(uri);
    }

    /** Subscribes with {@code query} on this connection, as operation {@code id}. */
    public Subscriber start(String id, String query) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
        return this;
    }

    /** Ends operation {@code id}, as a client that unsubscribes does. */
    public void stop(String id) {
        send(Map.of("id", id, "type", "complete"));
    }

    /** The next message of any operation and type ({@code next}, {@code error}, {@code complete}), or null. */
    public JsonPath message(Duration wait) throws InterruptedException {
        JsonObject message = messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return message == null ? null : JsonPath.from(message.encode());
    }

    /** The next message as it came, or null; see {@link #nextData}. */
    public JsonObject json(Duration wait) throws InterruptedException {
        return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The {@code data} of the next event of subscription "1", or null when none arrives within {@code wait}; read
     * without rest-assured's JsonPath, whose every look-up compiles a Groovy expression, for tests that take thousands.
     */
    public JsonObject nextData(Duration wait) throws InterruptedException {
        JsonObject message = json(wait);
        if (message == null) {
            return null;
        }
        if (!"next".equals(message.getString("type")) || !"1".equals(message.getString("id"))
                || message.getJsonObject("payload").containsKey("errors")) {
            throw new AssertionError("expected an event of subscription 1 but got " + message.encodePrettily());
        }
        return message.getJsonObject("payload").getJsonObject("data");
    }

    /**
     * Waits for operation {@code id} to be refused, and returns the first error. A refusal before the subscription
     * starts is an {@code error} message, which ends the operation; one that ends it later is a {@code next} message
     * carrying errors, then {@code complete}.
     */
    public JsonPath awaitRefusal(String id) throws InterruptedException {
        JsonPath refusal = null;
        for (JsonPath next = message(TIMEOUT); next != null; next = message(TIMEOUT)) {
            JsonPath message = next;
            if (!id.equals(message.getString("id"))) {
                continue;
            }
            if (refusal != null) {
                assertEquals("complete", message.getString("type"), () -> "complete after the refusal, not " + message.prettify());
                return refusal;
            }
            if ("error".equals(message.getString("type"))) {
                return message.setRootPath("payload[0]");
            }
            assertEquals("next", message.getString("type"), () -> "a refusal, not " + message.prettify());
            List<Object> errors = message.getList("payload.errors");
            if (errors == null || errors.isEmpty()) {
                throw new AssertionError("an event instead of a refusal: " + message.prettify());
            }
            refusal = message.setRootPath("payload.errors[0]");
        }
        throw new AssertionError(refusal == null ? "operation " + id + " was not refused" : "no complete after the refusal");
    }

    /** Stops reading from the socket. */
    public void pause() {
        paused = true;
    }

    /** Reads from the socket again. */
    public void resume() {
        paused = false;
        if (demandOwed) {
            demandOwed = false;
            socket.request(1);
        }
    }

    /** The {@code data} of the next event, or null when none arrives within {@code wait}. */
    public JsonPath next(Duration wait) throws InterruptedException {
        JsonPath message = message(wait);
        if (message == null) {
            return null;
        }
        String type = message.getString("type");
        if (!"next".equals(type) || !"1".equals(message.getString("id"))) {
            throw new AssertionError("expected a 'next' message for subscription 1 but got " + message.prettify());
        }
        List<Object> errors = message.getList("payload.errors");
        if (errors != null && !errors.isEmpty()) {
            throw new AssertionError("the event carries errors: " + message.prettify());
        }
        return message.setRootPath("payload.data");
    }

    /** Every event that arrives until {@code quiet} passes without one. */
    public List<JsonPath> drain(Duration quiet) throws InterruptedException {
        List<JsonPath> events = new ArrayList<>();
        for (JsonPath event = next(quiet); event != null; event = next(quiet)) {
            events.add(event);
        }
        return events;
    }

    /**
     * Makes sure the subscription is live: repeats {@code probe} (a committed change) until one of its events,
     * recognized by {@code isProbe}, comes through. The protocol has no acknowledgement of a subscribe message.
     */
    public void awaitLive(Runnable probe, Predicate<JsonPath> isProbe) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            probe.run();
            for (JsonPath event = next(Duration.ofMillis(500)); event != null; event = next(Duration.ofMillis(100))) {
                if (isProbe.test(event)) {
                    return;
                }
            }
        }
        throw new AssertionError("the subscription never delivered an event");
    }

    @Override
    public void close() {
        try {
            send(Map.of("id", "1", "type", "complete"));
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception alreadyClosed) {
            socket.abort();
        }
    }

    private JsonPath message() throws InterruptedException {
        return message(TIMEOUT);
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(json(message), true)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + message, e);
        }
    }

    /** The few shapes the protocol's client messages need: objects of strings and objects. */
    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((key, item) -> out.append(out.length() > 1 ? "," : "").append(json(key)).append(':').append(json(item)));
            return out.append('}').toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = new JsonObject(partial.toString());
                partial.setLength(0);
                if ("ping".equals(message.getString("type"))) {
                    send(Map.of("type", "pong"));
                } else {
                    messages.add(message);
                }
            }
            if (paused) {
                demandOwed = true;
            } else {
                webSocket.request(1);
            }
            return null;
        }
    }
}
