package org.tradetalks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

/**
 * A graphql-transport-ws client that reads only when told to, over a plain socket with a small receive buffer: while
 * it does not read, the server's writes fill the network buffers within some hundred kilobytes, as they do for a phone
 * on a stalled network. ({@link Subscriber}'s JDK client cannot shrink its buffer, and Linux lets an idle receive
 * buffer grow to tens of megabytes.) Subscribes with id "1".
 */
public final class StalledClient implements AutoCloseable {

    private static final int RECEIVE_BUFFER = 4096;
    private final SecureRandom random = new SecureRandom();
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private StalledClient(String query) throws IOException {
        URI base = URI.create(RestAssured.baseURI);
        socket = new Socket();
        socket.setReceiveBufferSize(RECEIVE_BUFFER); // before connecting: it sets the TCP window
        socket.connect(new InetSocketAddress(base.getHost(), RestAssured.port), 10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        byte[] key = new byte[16];
        random.nextBytes(key);
        out.write(("GET /graphql HTTP/1.1\r\nHost: " + base.getHost() + ":" + RestAssured.port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readHead();
        assertTrue(head.startsWith("HTTP/1.1 101"), () -> "the server upgrades the connection: " + head);
        send(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()));
        JsonObject ack = read(Duration.ofSeconds(10));
        assertEquals("connection_ack", ack == null ? null : ack.getString("type"));
        send(new JsonObject().put("id", "1").put("type", "subscribe").put("payload", new JsonObject().put("query", query)));
    }

    public static StalledClient subscribe(String query) throws IOException {
        return new StalledClient(query);
    }

    /** Reads the next message, waiting at most {@code wait}; null if none came. */
    public JsonObject read(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                int opcode = first & 0x0f;
                if (opcode == 8) {
                    return null; // closed by the server
                }
                if (opcode == 9 || opcode == 10) {
                    continue; // WebSocket-level ping or pong
                }
                message.write(payload);
                if ((first & 0x80) != 0) {
                    JsonObject json = new JsonObject(message.toString(StandardCharsets.UTF_8));
                    if ("ping".equals(json.getString("type"))) {
                        send(new JsonObject().put("type", "pong"));
                        message.reset();
                        continue;
                    }
                    return json;
                }
            }
        } catch (SocketTimeoutException quiet) {
            return null;
        }
    }

    private void send(JsonObject message) throws IOException {
        byte[] payload = message.encode().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81); // final text frame
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = new byte[4];
        random.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    private String readHead() throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        return head.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
