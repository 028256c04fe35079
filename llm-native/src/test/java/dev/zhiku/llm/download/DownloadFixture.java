package dev.zhiku.llm.download;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeded test content and fast settings shared by the downloader tests; the seed is logged for replay. */
final class DownloadFixture {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadFixture.class);
    static final long SEED = Long.getLong("tests.seed", System.nanoTime());

    static {
        LOG.info("Download tests use seed {} (replay with -Dtests.seed={})", SEED, SEED);
    }

    private DownloadFixture() {
    }

    /** About three megabytes of random bytes, different for each {@code salt}. */
    static byte[] content(int salt) {
        Random random = new Random(SEED + salt);
        byte[] bytes = new byte[3 * 1024 * 1024 + random.nextInt(4096)];
        random.nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generous timeouts, quick retries, every progress event, no space margin. */
    static DownloadSettings settings(int maxRetries) {
        HttpSettings http = new HttpSettings(null, Duration.ofSeconds(20), Duration.ofSeconds(30));
        return new DownloadSettings(http, maxRetries, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ZERO,
                0);
    }

    static SpaceProbe plentyOfSpace() {
        return dir -> Long.MAX_VALUE / 2;
    }
}
