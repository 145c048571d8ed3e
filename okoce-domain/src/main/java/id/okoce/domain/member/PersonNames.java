package id.okoce.domain.member;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Indonesian personal names as a search compares them. {@link #searchKey} folds what varies
 * without changing who is meant: case, accents, punctuation and spacing; titles and honorifics
 * ({@code H.}, {@code Hj.}, {@code Dr.}, {@code Ir.}, {@code S.E.}, …); the old spellings that survive
 * in names ({@code oe}→{@code u}, {@code dj}→{@code j}, {@code tj}→{@code c}, {@code ch}→{@code kh}, and
 * old {@code j} = new {@code y}, so both {@code j} and {@code y} fold to {@code j}); doubled letters;
 * and the many ways of writing Muhammad. {@code Soekarno} and {@code Sukarno}, {@code Djoko} and
 * {@code Joko}, {@code Tjahjo} and {@code Cahyo} have one key.
 *
 * <p>{@link #similarity} compares two keys the way PostgreSQL's {@code pg_trgm} does (shared
 * trigrams over all trigrams of both), so a store without PostgreSQL ranks names alike.
 */
public final class PersonNames {

    /** Words dropped: titles, degrees and honorifics, written without their dots. */
    private static final Set<String> TITLES = Set.of("h", "hj", "haji", "hajjah", "dr", "drs", "dra", "ir", "prof", "st", "se", "sh",
            "mh", "mm", "mba", "msi", "msc", "spd", "skom", "sag", "sip", "sos", "ssos", "skm", "ked", "amd", "ak", "kh", "tb", "rm",
            "raden", "rd", "ra", "bapak", "bpk", "ibu", "bu", "pak", "sdr", "sdri", "tn", "ny", "nn", "bin", "binti");
    /** The ways of writing Muhammad, before spellings are folded. */
    private static final Set<String> MUHAMMAD = Set.of("muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad",
            "mohammed", "muhammed", "mukhammad", "moch", "moh", "muh", "mhd", "mohd", "muhd");
    /** Old spellings (van Ophuijsen, Soewandi) folded to one form, longest first. */
    private static final Map<String, String> SPELLINGS = Map.of("oe", "u", "dj", "j", "tj", "c", "ch", "kh", "y", "j");

    private PersonNames() {
    }

    /** The key a name is searched and compared by: lower-case words of letters, folded as the class says. */
    public static String searchKey(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        // a title is written with dots (S.E., S.Kom.): join letters split by dots before splitting into words
        for (String token : plain.replace(".", "").split("[^\\p{L}]+")) {
            if (token.isEmpty() || TITLES.contains(token)) {
                continue;
            }
            words.add(MUHAMMAD.contains(token) ? "muhammad" : token);
        }
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder(plain.length());
        for (String word : words) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(fold(word));
        }
        return key.toString();
    }

    private static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            String two = i + 1 < word.length() ? word.substring(i, i + 2) : null;
            String replaced = two == null ? null : SPELLINGS.get(two);
            String one = replaced != null ? replaced : SPELLINGS.getOrDefault(word.substring(i, i + 1), word.substring(i, i + 1));
            i += replaced != null ? 2 : 1;
            for (int k = 0; k < one.length(); k++) {
                char c = one.charAt(k);
                if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * The trigrams of a key as {@code pg_trgm} forms them: each word padded with two spaces in
     * front and one behind, every run of three characters.
     */
    public static Set<String> trigrams(String key) {
        Set<String> grams = new HashSet<>();
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    /**
     * The trigrams of {@link #trigrams} as sorted, distinct numbers (three 16-bit characters each), for
     * comparing one key with many: {@link #similarity(long[], long[])} of two such arrays is
     * {@link #similarity(String, String)} of their keys, without building sets.
     */
    public static long[] trigramCodes(String key) {
        long[] codes = new long[key.length() * 2 + 2];
        int n = 0;
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                codes[n++] = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2);
            }
        }
        long[] sorted = java.util.Arrays.copyOf(codes, n);
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, distinct);
    }

    /** {@link #similarity(String, String)} of two keys given by their {@link #trigramCodes}. */
    public static double similarity(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (x.length + y.length - shared);
    }

    /** How alike two keys are, 0–1: shared trigrams over all trigrams of both ({@code pg_trgm}'s {@code similarity}). */
    public static double similarity(String a, String b) {
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / (x.size() + y.size() - shared.size());
    }
}
