package org.tradetalks.edge;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.tradetalks.cache.PersistedQueries;

/**
 * Apollo's automatic persisted queries as a request carries them: {@code extensions.persistedQuery} is
 * {@code {"version": 1, "sha256Hash": "<64 hex digits>"}}, with the document or without it. Checked here, before
 * anything is looked up; the documents themselves are kept by {@link PersistedQueries}.
 */
final class PersistedQuery {

    static final String EXTENSION = "persistedQuery";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private PersistedQuery() {
    }

    /** Whether the extensions name a persisted query (well-formed or not: {@link #hash} says). */
    static boolean named(JsonObject extensions) {
        return extensions != null && extensions.containsKey(EXTENSION)
                && extensions.get(EXTENSION).getValueType() != JsonValue.ValueType.NULL;
    }

    /** The request's persisted query hash in lower case, or null when it names none. */
    static String hash(GraphQLRequest request) throws Refusal {
        if (!named(request.extensions())) {
            return null;
        }
        JsonValue value = request.extensions().get(EXTENSION);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.badRequest("extensions.persistedQuery must be an object such as {\"version\": 1, "
                    + "\"sha256Hash\": \"...\"}.");
        }
        JsonObject persisted = value.asJsonObject();
        JsonValue version = persisted.get("version");
        if (!(version instanceof JsonNumber number) || !number.isIntegral() || number.longValue() != 1) {
            throw Refusal.badRequest("extensions.persistedQuery.version " + (version == null ? "is missing" : version
                    + " is not supported") + ": only version 1 (Apollo's automatic persisted queries) is.");
        }
        JsonValue hash = persisted.get("sha256Hash");
        if (!(hash instanceof JsonString text) || !SHA256_HEX.matcher(text.getString()).matches()) {
            throw Refusal.badRequest("extensions.persistedQuery.sha256Hash must be the document's SHA-256 hash as 64 "
                    + "hexadecimal digits.");
        }
        return text.getString().toLowerCase(Locale.ROOT);
    }

    /** Checks that a document sent with its hash has that hash: a client must not teach another text under it. */
    static void check(String hash, String document) throws Refusal {
        String actual = PersistedQueries.sha256(document);
        if (!actual.equals(hash)) {
            throw Refusal.badRequest("extensions.persistedQuery.sha256Hash is " + hash + ", but the SHA-256 hash of "
                    + "the query sent with it is " + actual + ": send the hash of the exact query text (UTF-8).");
        }
    }
}
