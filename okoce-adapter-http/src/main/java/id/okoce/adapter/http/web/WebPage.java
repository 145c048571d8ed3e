package id.okoce.adapter.http.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.okoce.adapter.http.i18n.Messages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The network's page, served by the service itself: {@code /} and its static files (HTML, CSS,
 * JavaScript modules, the chart library from its WebJar, and the texts of both languages from the
 * same catalogue the API's problems use). The files live under a path named by a hash of their
 * contents, so they are cached for a year and a new build is fetched at once; the page itself is
 * revalidated on every visit. A strict Content-Security-Policy allows nothing but the service's own
 * files: no inline script or style, no other origin.
 */
public final class WebPage {

    /** What every file of the page may load and do. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String ROOT = "id/okoce/adapter/http/ui/";
    private static final List<String> FILES = List.of("app.css", "js/app.js", "js/api.js", "js/i18n.js", "js/ui.js", "js/dashboard.js",
            "js/tilemap.js", "js/console.js", "js/bank.js");
    private static final String CHART_JS = "META-INF/resources/webjars/chart.js/%s/dist/chart.umd.js";
    private static final String CHART_JS_VERSION = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private record Asset(byte[] bytes, String type) {
    }

    private final Map<String, Asset> assets;
    private final String version;
    private final byte[] index;

    private WebPage(Map<String, Asset> assets, String version, byte[] index) {
        this.assets = assets;
        this.version = version;
        this.index = index;
    }

    /** Reads the page's files from the class path. */
    public static WebPage load() {
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (String file : FILES) {
            assets.put(file, new Asset(read(ROOT + file), type(file)));
        }
        Properties chart = new Properties();
        try (InputStream in = resource(CHART_JS_VERSION)) {
            chart.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assets.put("vendor/chart.umd.js", new Asset(read(CHART_JS.formatted(chart.getProperty("version"))), type(".js")));
        ObjectMapper json = new ObjectMapper();
        for (Locale locale : Messages.SUPPORTED) {
            Map<String, String> texts = new TreeMap<>();
            for (String key : Messages.keys(locale)) {
                texts.put(key, Messages.text(key, locale));
            }
            try {
                assets.put("i18n/" + locale.getLanguage() + ".json", new Asset(json.writeValueAsBytes(texts), type(".json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        assets.forEach((name, asset) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(asset.bytes());
        });
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        byte[] index = new String(read(ROOT + "index.html"), StandardCharsets.UTF_8).replace("{{version}}", version)
                .getBytes(StandardCharsets.UTF_8);
        return new WebPage(Map.copyOf(assets), version, index);
    }

    /** The hash naming this build's files, as their path shows it. */
    public String version() {
        return version;
    }

    /** Whether {@code path} is one of the page's routes rather than the API's. */
    public static boolean serves(String path) {
        return path.equals("/") || path.startsWith("/ui/");
    }

    /** Serves {@code /} and {@code /ui/{version}/…}. */
    public void install(JavalinConfig config) {
        config.routes.addHttpHandler(HandlerType.GET, "/", this::index);
        config.routes.addHttpHandler(HandlerType.GET, "/ui/{version}/<file>", this::asset);
    }

    private void index(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.contentType("text/html; charset=utf-8").result(index);
    }

    private void asset(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("file"));
        if (asset == null || !ctx.pathParam("version").equals(version)) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such file in this version of the page");
            return;
        }
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private static String type(String file) {
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "application/json; charset=utf-8";
    }

    private static InputStream resource(String path) {
        InputStream in = WebPage.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the page's file " + path + " is missing from the class path");
        }
        return in;
    }

    private static byte[] read(String path) {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
