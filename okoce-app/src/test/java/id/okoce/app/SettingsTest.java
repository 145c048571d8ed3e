package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaults_run_embedded_on_port_7070_in_okoce_data() {
        Settings s = Settings.load(Map.of(), Map.of(), Optional.empty());
        assertThat(s.port()).isEqualTo(7070);
        assertThat(s.dataDir()).isEqualTo(Path.of("./okoce-data"));
        assertThat(s.dbUrl()).isEmpty();
        assertThat(s.host()).isEqualTo("0.0.0.0");
        assertThat(s.stopTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.dbPool()).isEqualTo(16);
        assertThat(s.httpThreads()).isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors() + 4));
    }

    @Test
    void http_threads_come_from_the_environment_and_need_at_least_eight() {
        assertThat(Settings.load(Map.of(), Map.of("OKOCE_HTTP_THREADS", "48"), Optional.empty()).httpThreads()).isEqualTo(48);
        assertThatThrownBy(() -> Settings.load(Map.of(), Map.of("OKOCE_HTTP_THREADS", "4"), Optional.empty()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("http-threads").hasMessageContaining("OKOCE_HTTP_THREADS");
    }

    @Test
    void a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() throws Exception {
        Path file = dir.resolve("okoce.properties");
        Files.writeString(file, "okoce.port=7001\nokoce.data-dir=/from/file\nokoce.db.pool=5\nokoce.host=10.0.0.1\n");
        Map<String, String> env = Map.of("OKOCE_PORT", "7002", "OKOCE_DATA_DIR", "/from/env");
        Map<String, String> flags = new HashMap<>();
        flags.put("--port", "7003");
        Settings s = Settings.load(flags, env, Optional.of(file));
        assertThat(s.port()).isEqualTo(7003);
        assertThat(s.dataDir()).isEqualTo(Path.of("/from/env"));
        assertThat(s.dbPool()).isEqualTo(5);
        assertThat(s.host()).isEqualTo("10.0.0.1");
        Settings fromEnvFile = Settings.load(Map.of(), Map.of("OKOCE_CONFIG", file.toString()), Optional.empty());
        assertThat(fromEnvFile.port()).isEqualTo(7001);
    }

    @Test
    void an_external_database_by_url_user_and_password_never_printed() {
        Settings s = Settings.load(Map.of(), Map.of("OKOCE_DB_URL", "jdbc:postgresql://db:5432/okoce", "OKOCE_DB_USER", "okoce",
                "OKOCE_DB_PASSWORD", "rahasia"), Optional.empty());
        assertThat(s.dbUrl()).contains("jdbc:postgresql://db:5432/okoce");
        assertThat(s.dbPassword()).isEqualTo("rahasia");
        assertThat(s.toString()).doesNotContain("rahasia");
    }

    @Test
    void a_bad_value_names_the_setting_and_where_it_came_from() {
        assertThatThrownBy(() -> Settings.load(Map.of(), Map.of("OKOCE_PORT", "tujuh"), Optional.empty()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("port").hasMessageContaining("OKOCE_PORT")
                .hasMessageContaining("tujuh");
        Map<String, String> flags = new HashMap<>();
        flags.put("--db-pool", "0");
        assertThatThrownBy(() -> Settings.load(flags, Map.of(), Optional.empty())).hasMessageContaining("--db-pool");
        assertThatThrownBy(() -> Settings.load(Map.of(), Map.of(), Optional.of(dir.resolve("missing.properties"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("missing.properties");
    }
}
