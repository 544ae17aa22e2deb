package org.tradetalks.support;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Bearer tokens as the identity provider would issue them, signed with the test key pair the service
 * trusts under test (smallrye.jwt.sign.key.location, issuer trade-talks), plus the bad ones it must refuse.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A user in the editor group: may change data. */
    public static String editor() {
        return Jwt.upn("editor@trade-talks.test").groups(Set.of("editor")).sign();
    }

    /** A signed-in user without the editor group: may only read. */
    public static String reader() {
        return Jwt.upn("reader@trade-talks.test").groups(Set.of("reader")).sign();
    }

    /** An editor token that expired an hour ago. */
    public static String expiredEditor() {
        Instant now = Instant.now();
        return Jwt.upn("editor@trade-talks.test").groups(Set.of("editor"))
                .issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).sign();
    }

    /** An editor token from an issuer the service does not trust, signed with the trusted key. */
    public static String editorFromAnotherIssuer() {
        return Jwt.issuer("https://impostor.example").upn("editor@trade-talks.test").groups(Set.of("editor")).sign();
    }

    /** An editor token with no signature at all ({@code "alg": "none"}), which a careless verifier would accept. */
    public static String unsignedEditor() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64("{\"iss\":\"trade-talks\",\"upn\":\"editor@trade-talks.test\",\"groups\":[\"editor\"],"
                + "\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}");
        return header + "." + claims + ".";
    }

    /** A reader's valid token whose claims were edited to say editor, keeping the reader's signature. */
    public static String tamperedReaderClaimingEditor() {
        String[] parts = reader().split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"reader\"", "\"editor\"");
        return parts[0] + "." + base64(claims) + "." + parts[2];
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An editor token signed with a key the service has never seen. */
    public static String editorSignedByAStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.upn("editor@trade-talks.test").groups(Set.of("editor")).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
