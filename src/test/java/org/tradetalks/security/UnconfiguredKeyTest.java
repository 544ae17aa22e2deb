package org.tradetalks.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetalks.support.Refusals.assertRefused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradetalks.support.DataSnapshot;
import org.tradetalks.support.GraphQL;
import org.tradetalks.support.OwnDatabase;
import org.tradetalks.support.Refusals;
import org.tradetalks.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A service started without an identity provider's public key (as the packaged service is until one is
 * configured) trusts no token: every change is refused, and reads go on.
 */
@QuarkusTest
@TestProfile(UnconfiguredKeyTest.NoVerificationKey.class)
class UnconfiguredKeyTest {

    /**
     * The production configuration, as packaged (so without the test key the service trusts under test), on
     * a fresh data directory. Only the test's own token minting is told where the test key is.
     */
    public static class NoVerificationKey extends OwnDatabase {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("smallrye.jwt.sign.key.location", "jwt/editor-private.pem");
            overrides.put("smallrye.jwt.new-token.issuer", "trade-talks");
            return overrides;
        }
    }

    private static final String CREATE = "mutation { createSource(input: {title: \"Unverifiable\", publisher: \"Nobody\"}) { id } }";

    @Test
    void anEditorTokenIsNotTrustedAndWritesNothing() {
        Map<String, Object> before = DataSnapshot.take();
        Response response = GraphQL.as(Tokens.editor()).request(CREATE, Map.of()).post("/graphql");
        assertEquals(200, response.statusCode(), response.asString());
        assertRefused(Refusals.onlyError(response.jsonPath()), "UNAUTHENTICATED", "Your bearer token is invalid");
        assertEquals(before, DataSnapshot.take());
    }

    @Test
    void aChangeWithoutATokenIsUnauthenticated() {
        Map<String, Object> before = DataSnapshot.take();
        assertRefused(GraphQL.error(CREATE), "UNAUTHENTICATED", "Sign in first");
        assertEquals(before, DataSnapshot.take());
    }

    @Test
    void readsGoOn() {
        List<String> codes = GraphQL.data("{ countries { code } }").getList("countries.code");
        assertTrue(codes.containsAll(List.of("CN", "JP", "KR", "US")), codes::toString);
    }
}
