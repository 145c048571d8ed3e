package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each setting is declared once, in {@link Settings#KEYS}: the README's configuration table and
 * every command's {@code --help} are made from, or checked against, that declaration, so they
 * cannot disagree with what the service reads.
 */
class SettingsDocumentationTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void the_readme_table_is_exactly_the_declared_settings_in_order() throws Exception {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int header = lines.indexOf("| Flag | Environment | Property | Default | Meaning |");
        assertThat(header).as("the README has the configuration table").isNotNegative();
        List<String> rows = lines.subList(header + 2, header + 2 + Settings.KEYS.size());
        List<String> expected = Settings.KEYS.stream().map(Settings.Key::readmeRow).toList();
        assertThat(rows).as("README rows; the expected table is:%n%s", String.join("\n", expected)).isEqualTo(expected);
        assertThat(lines.get(header + 2 + Settings.KEYS.size())).as("no undeclared setting follows in the table").doesNotStartWith("| `--");
    }

    @Test
    void every_command_that_reads_settings_offers_every_setting_in_its_help() {
        for (String[] command : new String[][] {{"serve"}, {"migrate"}, {"token", "create"}, {"token", "revoke"}, {"import"}}) {
            StringWriter out = new StringWriter();
            String[] args = new String[command.length + 1];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--help";
            assertThat(Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))).isZero();
            String help = out.toString().replaceAll("\\s+", "");
            for (Settings.Key key : Settings.KEYS) {
                assertThat(help).as(String.join(" ", command) + " --help (white space aside: it is wrapped)")
                        .contains(key.flag() + "=" + key.paramLabel()).contains(key.help().replaceAll("\\s+", ""));
            }
        }
    }
}
