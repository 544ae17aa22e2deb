package org.tradetalks.nplusone;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own, so the rows this test adds are seen by no other test. */
public class SeparateDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:nplusone;DB_CLOSE_DELAY=-1");
    }
}
