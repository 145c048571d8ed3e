package id.okoce.adapter.http.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's human texts in Bahasa Indonesia (the default) and English: the title of a problem by
 * status, and the text of every stable code. Codes, types and pointers never change with the
 * language; only the sentences do. The texts are in {@code messages_id.properties} and
 * {@code messages_en.properties} beside this class's package.
 */
public final class Messages {

    /** Bahasa Indonesia, the default. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages served, the default first. */
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private static final String BUNDLE = "id.okoce.adapter.http.i18n.messages";
    private static final Map<Locale, ResourceBundle> BUNDLES = Map.of(
            INDONESIAN, ResourceBundle.getBundle(BUNDLE, INDONESIAN, Messages.class.getClassLoader(), NoFallback.INSTANCE),
            ENGLISH, ResourceBundle.getBundle(BUNDLE, ENGLISH, Messages.class.getClassLoader(), NoFallback.INSTANCE));

    private Messages() {
    }

    /**
     * The language to answer in for an {@code Accept-Language} header: the served language the
     * caller prefers most ({@code id} or {@code en}, with or without a region, by their q-values),
     * Indonesian when it names neither, names none, or cannot be read.
     */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-")[0];
                if (primary.equals("en")) {
                    return ENGLISH;
                }
                if (primary.equals("id") || primary.equals("in")) {
                    return INDONESIAN;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return INDONESIAN;
        }
        return INDONESIAN;
    }

    /** The title of a problem with this status. */
    public static String title(int status, Locale locale) {
        return textOf("status." + status, locale).or(() -> textOf("status.other", locale)).orElseThrow();
    }

    /** The text of stable code {@code code}, with {@code args} put in its places, if there is one. */
    public static Optional<String> code(String code, Locale locale, Object... args) {
        return textOf("code." + code, locale).map(t -> args.length == 0 ? t : new MessageFormat(t, locale).format(args));
    }

    /** Every stable code with a text in {@code locale}. */
    public static Set<String> codes(Locale locale) {
        Set<String> codes = new TreeSet<>();
        for (String key : bundle(locale).keySet()) {
            if (key.startsWith("code.")) {
                codes.add(key.substring("code.".length()));
            }
        }
        return codes;
    }

    /** Every key with a text in {@code locale}. */
    public static Set<String> keys(Locale locale) {
        return new TreeSet<>(bundle(locale).keySet());
    }

    /** The text of {@code key} in {@code locale}. */
    public static String text(String key, Locale locale) {
        return textOf(key, locale).orElseThrow(() -> new IllegalArgumentException("no text " + key + " in " + locale));
    }

    private static Optional<String> textOf(String key, Locale locale) {
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return BUNDLES.getOrDefault(Locale.forLanguageTag(locale.getLanguage()), BUNDLES.get(INDONESIAN));
    }

    /** Loads each language's file alone: no falling back to the machine's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
