package id.okoce.app;

import java.util.concurrent.ThreadLocalRandom;

/** Names and phones for test registrations, each unlike the others (so no two registrations look like one person). */
final class People {

    private static final String CONSONANTS = "bdghjklmnprstw";
    private static final String VOWELS = "aiueo";

    private People() {
    }

    /** A two-word name of random syllables, e.g. "Tarimo Wekusa". */
    static String name() {
        return word() + " " + word();
    }

    private static String word() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            w.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A random mobile number, 0812 and eight digits. */
    static String phone() {
        return "0812" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
