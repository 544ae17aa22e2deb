package org.tradetalks.change;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.tradetalks.error.ApiException;

/**
 * A change's position in the change log as the opaque cursor of its subscription event. A client hands the cursor of
 * the last event it saw back as {@code after} to resume; the position is global, so any subscription's cursor works
 * with any other.
 */
final class ChangeCursor {

    private static final String PREFIX = "change:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ChangeCursor() {
    }

    static String encode(long position) {
        return ENCODER.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position of a cursor a client handed back, refusing anything this service did not make. */
    static long decode(String cursor) {
        String plain;
        try {
            plain = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw malformed(cursor);
        }
        if (!plain.startsWith(PREFIX)) {
            throw malformed(cursor);
        }
        try {
            long position = Long.parseLong(plain.substring(PREFIX.length()));
            if (position < 0) {
                throw malformed(cursor);
            }
            return position;
        } catch (NumberFormatException notAPosition) {
            throw malformed(cursor);
        }
    }

    static ApiException malformed(String cursor) {
        return ApiException.badInput("after: '" + abbreviate(cursor) + "' is not a cursor of this service's change "
                + "events; pass the cursor of an event you received.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
