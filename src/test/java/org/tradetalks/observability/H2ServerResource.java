package org.tradetalks.observability;

import java.sql.SQLException;
import java.util.Map;

import org.h2.tools.Server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** An H2 database in a TCP server of its own, so a test can take the database away from the service. */
public class H2ServerResource implements QuarkusTestResourceLifecycleManager {

    private static Server server;

    @Override
    public Map<String, String> start() {
        try {
            server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the H2 server", e);
        }
        return Map.of("%test.quarkus.datasource.jdbc.url",
                "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:health;DB_CLOSE_DELAY=-1");
    }

    static void stopDatabase() {
        server.stop();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
