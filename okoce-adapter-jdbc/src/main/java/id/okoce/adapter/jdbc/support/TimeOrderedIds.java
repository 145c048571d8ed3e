package id.okoce.adapter.jdbc.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUIDs of version 7: a millisecond timestamp first, then random bits. New rows land at the end of
 * the primary-key index instead of all over it, which keeps inserts and bulk imports fast.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    /** A fresh version-7 UUID. */
    public static UUID next() {
        long millis = System.currentTimeMillis();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long randomA = random.nextLong();
        long randomB = random.nextLong();
        long high = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long low = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
