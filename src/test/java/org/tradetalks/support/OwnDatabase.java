package org.tradetalks.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own for tests that write, so the curated data the read tests check stays as shipped.
 * {@code @QuarkusTest} gets another in-memory H2 database; the packaged application under
 * {@code @QuarkusIntegrationTest} gets a fresh data directory, or, when the suite runs against PostgreSQL
 * ({@code _PROD_QUARKUS_DATASOURCE_JDBC_URL} set, see .ci/postgres.sh), the database of that name plus
 * {@code _writes}.
 */
public class OwnDatabase implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1");
        // H2 refuses a path that is only implicitly relative ("target/..."): it must start with "./".
        overrides.put("trade-talks.data-dir", "./target/it-data/writes-" + UUID.randomUUID());
        String postgres = System.getenv("_PROD_QUARKUS_DATASOURCE_JDBC_URL");
        if (postgres != null) {
            overrides.put("%prod.quarkus.datasource.jdbc.url", postgres + "_writes");
        }
        return overrides;
    }
}
