package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page as a browser fetches it, over a socket: a strict Content-Security-Policy and no inline
 * script, files cached for a year under a path named by their contents, and the whole page under
 * 500 KB compressed.
 */
class WebPageTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base = "http://127.0.0.1:" + TestService.get().service().port();

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_page_allows_only_its_own_files_and_runs_no_inline_script() throws Exception {
        HttpResponse<byte[]> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=", "onclick", "onload");
    }

    @Test
    void the_whole_page_is_cached_by_version_and_transfers_under_500_kb_compressed() throws Exception {
        String html = new String(get("/").body(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher files = Pattern.compile("(?:href|src)=\"(/ui/[0-9a-f]{16}/[^\"]+)\"").matcher(html);
        List<String> paths = new ArrayList<>();
        while (files.find()) {
            paths.add(files.group(1));
        }
        String version = paths.get(0).split("/")[2];
        for (String module : List.of("app", "api", "i18n", "ui", "dashboard", "tilemap", "console", "bank")) {
            paths.add("/ui/" + version + "/js/" + module + ".js");
        }
        paths.add("/ui/" + version + "/i18n/id.json");
        long total = html.length();
        for (String path : paths) {
            HttpResponse<byte[]> file = get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(path).contains("public, max-age=31536000, immutable");
            if (file.body().length > 1500) {
                assertThat(file.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            }
            total += file.body().length;
        }
        assertThat(paths).anyMatch(p -> p.endsWith("chart.umd.js"));
        assertThat(total).as("bytes transferred for the whole page").isLessThan(500 * 1024);
        System.out.printf("the page transfers %,d bytes compressed in %d files%n", total, paths.size() + 1);
        assertThat(get("/ui/0000000000000000/app.css").statusCode()).as("another version's file").isEqualTo(404);
        assertThat(get("/ui/" + version + "/nothing.js").statusCode()).isEqualTo(404);
    }
}
