package dev.zhiku.app.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The secret a client must send as {@code Authorization: Bearer TOKEN}; compared in constant time. */
final class BearerToken {

    private final byte[] expected;

    BearerToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the token must not be empty");
        }
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random token: 32 hex digits from a secure random source. */
    static String generate() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return "zk-" + HexFormat.of().formatHex(bytes);
    }

    boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
