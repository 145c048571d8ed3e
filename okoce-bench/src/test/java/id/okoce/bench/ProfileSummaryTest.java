package id.okoce.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileSummaryTest {

    private static final String TOKEN = "thread;id/okoce/adapter/http/Auth.check;id/okoce/adapter/jdbc/access/JdbcTokenRepository.find;"
            + "org/jdbi/v3/core/Handle.select;org/postgresql/core/v3/QueryExecutorImpl.execute;org/postgresql/core/PGStream.flush;"
            + "sun/nio/ch/NioSocketImpl.write;sun/nio/ch/SocketDispatcher.write0;send";
    private static final String MEMBER = "thread;id/okoce/adapter/http/MemberRoutes.get;id/okoce/adapter/jdbc/member/JdbcMemberRepository.find;"
            + "com/zaxxer/hikari/HikariDataSource.getConnection;java/lang/Thread.yield";
    private static final String JSON = "thread;id/okoce/adapter/http/MemberRoutes.get;com/fasterxml/jackson/databind/ObjectMapper.writeValue;"
            + "com/fasterxml/jackson/core/json/UTF8JsonGenerator.writeString";
    private static final String RESPONSE = "thread;org/eclipse/jetty/io/SocketChannelEndPoint.flush;sun/nio/ch/SocketChannelImpl.write;"
            + "sun/nio/ch/SocketDispatcher.writev0;writev";
    private static final String JIT = "start_thread;CompileBroker::compiler_thread_loop;C2Compiler::compile_method";

    private final ProfileSummary profile = ProfileSummary.parse(List.of(TOKEN + " 30", MEMBER + " 20", JSON + " 10", "", JIT + " 40",
            TOKEN + " 10", RESPONSE + " 5"));

    private static ProfileSummary.Part part(String name) {
        return ProfileSummary.PARTS.stream().filter(p -> p.name().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void the_same_stack_in_several_lines_or_files_is_added_up() {
        assertThat(profile.total()).isEqualTo(115);
        assertThat(profile.topSelf(2)).containsExactly(Map.entry("C2Compiler::compile_method", 40L), Map.entry("send", 40L));
    }

    @Test
    void each_part_is_the_share_of_samples_whose_stack_passes_through_it() {
        assertThat(profile.share(part("database calls"))).isCloseTo(60 / 115.0, within(1e-9));
        assertThat(profile.share(part("bearer-token"))).isCloseTo(40 / 115.0, within(1e-9));
        assertThat(profile.share(part("members (read and write)"))).isCloseTo(20 / 115.0, within(1e-9));
        assertThat(profile.share(part("pooled connections"))).isCloseTo(20 / 115.0, within(1e-9));
        assertThat(profile.share(part("round trips"))).isCloseTo(40 / 115.0, within(1e-9));
        assertThat(profile.share(part("socket writes"))).isCloseTo(45 / 115.0, within(1e-9));
        assertThat(profile.share(part("to PostgreSQL"))).isCloseTo(40 / 115.0, within(1e-9));
        assertThat(profile.share(part("to HTTP clients"))).isCloseTo(5 / 115.0, within(1e-9));
        assertThat(profile.share(part("Jackson"))).isCloseTo(10 / 115.0, within(1e-9));
        assertThat(profile.share(part("JIT"))).isCloseTo(40 / 115.0, within(1e-9));
        assertThat(profile.share(part("Logback"))).isZero();
    }

    @Test
    void the_service_methods_count_what_they_call_once_per_stack() {
        assertThat(profile.topOwnInclusive(2)).containsExactly(
                Map.entry("id/okoce/adapter/http/Auth.check", 40L),
                Map.entry("id/okoce/adapter/jdbc/access/JdbcTokenRepository.find", 40L));
        assertThat(profile.topOwnInclusive(10)).containsEntry("id/okoce/adapter/http/MemberRoutes.get", 30L)
                .doesNotContainKey("C2Compiler::compile_method");
    }

    @Test
    void the_text_lists_every_part_with_its_share() {
        assertThat(profile.text()).startsWith("115 samples")
                .contains(" 52.2 %  database calls (HikariCP, JDBI, PostgreSQL driver)")
                .contains(" 34.8 %  JIT compiler threads")
                .contains(" 34.8 %  send");
    }

    @Test
    void a_line_without_a_sample_count_is_refused_and_an_empty_profile_has_no_shares() {
        assertThatThrownBy(() -> ProfileSummary.parse(List.of("a;b;c"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a;b;c");
        assertThat(ProfileSummary.parse(List.of()).share(part("JSON"))).isZero();
    }
}
