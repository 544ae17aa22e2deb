package org.tradetalks.pagination;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.tradetalks.error.ApiException;

/**
 * An opaque position in one ordered list: the row's sort key and id. Clients get cursors from
 * {@code edges.cursor} and {@code pageInfo.endCursor} and hand them back unchanged in {@code after}.
 */
record Cursor(String list, long id, String sortKey) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String encode() {
        String plain = list + ":" + id + ":" + (sortKey == null ? "" : sortKey);
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor handed back by a client, refusing one that was not made by the same list. */
    static Cursor decode(String encoded, String expectedList) {
        String[] parts;
        try {
            parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split(":", 3);
        } catch (IllegalArgumentException notBase64) {
            throw malformed(encoded, expectedList);
        }
        if (parts.length != 3 || !parts[0].equals(expectedList)) {
            throw malformed(encoded, expectedList);
        }
        try {
            return new Cursor(parts[0], Long.parseLong(parts[1]), parts[2].isEmpty() ? null : parts[2]);
        } catch (NumberFormatException notAnId) {
            throw malformed(encoded, expectedList);
        }
    }

    static ApiException malformed(String encoded, String list) {
        return ApiException.badInput("Malformed cursor '" + abbreviate(encoded) + "' for " + list
                + ": pass a cursor returned by the same list query.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
