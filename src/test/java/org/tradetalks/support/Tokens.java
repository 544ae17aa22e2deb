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
