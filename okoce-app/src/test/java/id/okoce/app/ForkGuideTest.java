package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.port.out.OutboundPorts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Write your own adapter" lists the ports as the code has them: all twelve, in their two groups. */
class ForkGuideTest {

    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Za-z]+)`");

    private static Set<String> portsOf(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> c.getType().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> listedOn(String start) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String line = lines.stream().map(String::strip).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("the README has no line starting " + start));
        Matcher names = NAME.matcher(line.substring(line.indexOf(':') + 1));
        Set<String> listed = new TreeSet<>();
        while (names.find()) {
            listed.add(names.group(1));
        }
        return listed;
    }

    @Test
    void the_member_store_and_the_other_six_are_listed_as_outbound_ports_has_them() throws Exception {
        Set<String> store = portsOf(OutboundPorts.MemberStore.class);
        Set<String> rest = new TreeSet<>(portsOf(OutboundPorts.class));
        rest.removeAll(store);
        assertThat(store).hasSize(8);
        assertThat(rest).hasSize(6);
        assertThat(listedOn("- The member store")).as("the README's member store list").isEqualTo(store);
        assertThat(listedOn("- The other six")).as("the README's list of the other ports").isEqualTo(rest);
    }
}
