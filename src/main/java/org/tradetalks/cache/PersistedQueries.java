package org.tradetalks.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The documents of Apollo's automatic persisted queries, by the lower-case hex SHA-256 of their text. A replica learns
 * a document when a client first sends it with its hash; another replica, or this one after a restart or after
 * dropping it to stay within its bounds, answers PERSISTED_QUERY_NOT_FOUND and the client sends it again. Only the
 * text is kept: each request's document still goes through the edge's admission (limits, validation) as any other.
 */
@ApplicationScoped
public class PersistedQueries {

    @Inject
    CacheSettings settings;

    private Bounded<String, String> documents;

    @PostConstruct
    void start() {
        documents = new Bounded<>(settings.persistedQueriesMaxEntries(), settings.persistedQueriesMaxCharacters(),
                String::length);
    }

    public Optional<String> find(String sha256Hash) {
        return Optional.ofNullable(documents.get(sha256Hash.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Keeps a document whose hash {@link #sha256} has checked. */
    public void keep(String sha256Hash, String document) {
        documents.put(sha256Hash.toLowerCase(java.util.Locale.ROOT), document);
    }

    /** The lower-case hex SHA-256 of the text's UTF-8 bytes, as Apollo Client computes it. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The lower-case hex SHA-256 of the bytes, one part after the other. */
    public static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
