package org.tradetalks.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decisions behind {@link HttpRules}; src/test/clients checks them over HTTP against the packaged jar. */
class HttpRulesTest {

    @Test
    void recognisesTheMutationAGetRequestWouldRun() {
        assertTrue(HttpRules.isMutation("mutation { deleteTariffEvent(id: \"1\") }", null));
        assertTrue(HttpRules.isMutation("query Q { countries { code } } mutation M { deleteTariffEvent(id: \"1\") }", "M"));
        assertFalse(HttpRules.isMutation("query Q { countries { code } } mutation M { deleteTariffEvent(id: \"1\") }", "Q"));
        assertFalse(HttpRules.isMutation("{ countries { code } }", null));
        assertFalse(HttpRules.isMutation("mutation {", null), "a syntax error is left to the GraphQL handler");
        assertFalse(HttpRules.isMutation(null, null));
    }

    @Test
    void acceptsJsonAndGraphQLBodiesOnly() {
        assertTrue(HttpRules.supported("application/json"));
        assertTrue(HttpRules.supported("application/json; charset=UTF-8"));
        assertTrue(HttpRules.supported("application/json, application/json"), "as Quarkus' GraphiQL sends it");
        assertTrue(HttpRules.supported("application/graphql"));
        assertFalse(HttpRules.supported(null));
        assertFalse(HttpRules.supported("text/plain;charset=UTF-8"));
        assertFalse(HttpRules.supported("application/x-www-form-urlencoded"));
        assertFalse(HttpRules.supported("application/json, text/plain"));
    }

    @Test
    void answersAsJsonWhenTheClientNamesNoGraphQLType() {
        assertTrue(HttpRules.answersAsJson(null));
        assertTrue(HttpRules.answersAsJson("*/*"));
        assertFalse(HttpRules.answersAsJson("application/graphql-response+json"));
        assertFalse(HttpRules.answersAsJson("application/graphql-response+json, */*;q=0.5"));
        assertFalse(HttpRules.answersAsJson("application/json"));
    }
}
