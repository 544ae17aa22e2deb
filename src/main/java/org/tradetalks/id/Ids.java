package org.tradetalks.id;

import org.tradetalks.error.ApiException;

/** Reads the numeric ids clients send as GraphQL {@code ID}s. */
public final class Ids {

    private Ids() {
    }

    /** The id as a number, or BAD_USER_INPUT naming {@code field}; null stays null (an omitted filter field). */
    public static Long parse(String id, String field) {
        if (id == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(id.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the field's name
        }
        throw ApiException.badInput(field + ": '" + abbreviate(id) + "' is not a valid id (ids are positive integers).");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
