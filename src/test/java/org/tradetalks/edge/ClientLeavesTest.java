package org.tradetalks.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A client that closes its connection before the answer (a browser tab closed, a timeout in the client) stops the
 * work for its request. Before the edge owned the request, Quarkus ended the request's Hibernate session while its
 * resolvers still ran, and each such request logged an ERROR with a stack trace. Runs in the service's process, to
 * read its log.
 */
@QuarkusTest
class ClientLeavesTest {

    private static final String NESTED = "{\"query\":\"{ meetings(first: 100) { edges { node { title participants { name "
            + "statements { quote } } sources { title } } } } }\"}";

    @Test
    void requestsWhoseClientLeftLogNoErrorAndTheServiceAnswersOthers() throws Exception {
        List<LogRecord> errors = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String body = NESTED;
            String host = URI.create(RestAssured.baseURI).getHost();
            for (int i = 0; i < 100; i++) {
                try (Socket socket = new Socket(host, RestAssured.port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /graphql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (i % 2 == 0) {
                        Thread.sleep(2); // some leave while their request runs, some before it starts
                    }
                }
            }
            var meetings = GraphQL.data("{ meetings(first: 100) { totalCount edges { node { title } } } }");
            assertEquals(meetings.getInt("meetings.totalCount"), meetings.getList("meetings.edges").size());
            Thread.sleep(500); // whatever still ran for the abandoned requests has stopped or finished by now
            assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
        } finally {
            root.removeHandler(capture);
        }
    }
}
