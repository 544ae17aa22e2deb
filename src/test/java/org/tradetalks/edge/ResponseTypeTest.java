package org.tradetalks.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Media types as clients send them: GraphiQL, Apollo, curl, browsers, and the odd ones. */
class ResponseTypeTest {

    @Test
    void answersInTheTypeTheClientPrefers() {
        assertEquals(Optional.of(ResponseType.JSON), ResponseType.negotiate(null), "no Accept: the legacy type");
        assertEquals(Optional.of(ResponseType.JSON), ResponseType.negotiate("*/*"));
        assertEquals(Optional.of(ResponseType.JSON), ResponseType.negotiate("application/json"));
        assertEquals(Optional.of(ResponseType.GRAPHQL_RESPONSE), ResponseType.negotiate("application/graphql-response+json"));
        assertEquals(Optional.of(ResponseType.GRAPHQL_RESPONSE),
                ResponseType.negotiate("application/graphql-response+json, application/json, multipart/mixed"), "GraphiQL");
        assertEquals(Optional.of(ResponseType.GRAPHQL_RESPONSE),
                ResponseType.negotiate("application/graphql-response+json, application/json;q=0.9"), "Apollo Client");
        assertEquals(Optional.of(ResponseType.JSON), ResponseType.negotiate("application/graphql-response+json;q=0.5, application/json"));
        assertEquals(Optional.of(ResponseType.GRAPHQL_RESPONSE), ResponseType.negotiate("*/*, application/graphql-response+json"),
                "a named type before a wildcard of the same quality");
        assertEquals(Optional.of(ResponseType.JSON), ResponseType.negotiate("text/html, */*;q=0.8"), "a browser");
    }

    @Test
    void refusesWhatItCannotAnswerIn() {
        assertEquals(Optional.empty(), ResponseType.negotiate("text/html"));
        assertEquals(Optional.empty(), ResponseType.negotiate("application/json;q=0"));
        assertEquals(Optional.empty(), ResponseType.negotiate("application/xml, image/png"));
    }

    @Test
    void readsJsonAndGraphqlBodiesInUtf8Only() {
        assertNull(ContentTypes.refusal("application/json"));
        assertNull(ContentTypes.refusal("application/json; charset=UTF-8"));
        assertNull(ContentTypes.refusal("application/json;charset=\"utf-8\""));
        assertNull(ContentTypes.refusal("application/json, application/json"), "as Quarkus' GraphiQL sends it");
        assertNull(ContentTypes.refusal("application/graphql"));
        assertTrue(ContentTypes.refusal(null).contains("application/json"));
        assertTrue(ContentTypes.refusal("text/plain;charset=UTF-8").contains("text/plain is not accepted"));
        assertTrue(ContentTypes.refusal("application/json; charset=ebcdic").contains("charset ebcdic"));
        assertTrue(ContentTypes.refusal("application/json, text/plain").contains("text/plain"));
        assertTrue(ContentTypes.isGraphQLDocument("application/graphql; charset=utf-8"));
        assertFalse(ContentTypes.isGraphQLDocument("application/json"));
    }
}
