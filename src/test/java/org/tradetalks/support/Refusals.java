package org.tradetalks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.restassured.path.json.JsonPath;

/** Checks on a refused request: the stable code, a message naming the field, and nothing internal. */
public final class Refusals {

    /** What must never reach a client: exception class names, stack frames, SQL. */
    private static final Pattern INTERNAL = Pattern.compile(
            "Exception|\\bat (org|java|io|jakarta)\\.|\\b(org|java|io|jakarta)\\.[a-z]+\\.|(?i:\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|\\bupdate\\b.*\\bset\\b|\\bdelete from\\b|constraint|SQLState|hibernate|h2)");

    private Refusals() {
    }

    /** The error has {@code code}, its message contains every fragment, and it carries nothing internal. */
    public static void assertRefused(JsonPath error, String code, String... fragments) {
        String message = error.getString("message");
        assertEquals(code, error.getString("extensions.code"), () -> "code of " + message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "message '" + message + "' should contain '" + fragment + "'");
        }
        assertClean(error.prettify());
    }

    /** The whole response text carries no exception name, stack frame or SQL. */
    public static void assertClean(String responseText) {
        assertFalse(INTERNAL.matcher(responseText).find(), () -> "internal detail in " + responseText);
    }

    /** The one error of a response that must have exactly one; the response's data must hold no partial result. */
    public static JsonPath onlyError(JsonPath response) {
        List<Object> errors = response.getList("errors");
        assertEquals(1, errors == null ? 0 : errors.size(), () -> "one error in " + response.prettify());
        Object data = response.get("data");
        if (data instanceof Map<?, ?> fields) {
            fields.values().forEach(value -> assertNull(value, () -> "no partial data in " + response.prettify()));
        } else {
            assertNull(data, "no data");
        }
        return response.setRootPath("errors[0]");
    }
}
