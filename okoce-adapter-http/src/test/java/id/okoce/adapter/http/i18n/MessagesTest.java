package id.okoce.adapter.http.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.http.api.HttpRefusal;
import id.okoce.application.ApplicationError;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Role;
import id.okoce.domain.business.BusinessError;
import id.okoce.domain.business.BusinessSector;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.FinancingDecision;
import id.okoce.domain.financing.FinancingError;
import id.okoce.domain.financing.RuleOutcome;
import id.okoce.domain.identity.EmailError;
import id.okoce.domain.identity.NikError;
import id.okoce.domain.identity.PhoneError;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.importing.ImportError;
import id.okoce.domain.member.MemberError;
import id.okoce.domain.partner.PartnerError;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.region.RegionError;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.stage.StageError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final List<Class<? extends Enum<?>>> CODES = List.of(AccessError.class, ApplicationError.class, BusinessError.class,
            EmailError.class, FinancingError.class, ImportError.class, MemberError.class, NikError.class, PartnerError.class,
            PhoneError.class, RegionError.class, StageError.class, HttpRefusal.Kind.class);

    private static Set<String> missing(String prefix, Iterable<String> names) {
        Set<String> missing = new TreeSet<>();
        for (String name : names) {
            for (var locale : Messages.SUPPORTED) {
                if (!Messages.keys(locale).contains(prefix + name)) {
                    missing.add(locale.getLanguage() + ":" + prefix + name);
                }
            }
        }
        return missing;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return names;
    }

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(Messages.keys(Messages.INDONESIAN)).isEqualTo(Messages.keys(Messages.ENGLISH));
        for (String key : Messages.keys(Messages.INDONESIAN)) {
            assertThat(Messages.text(key, Messages.INDONESIAN)).as(key).isNotBlank();
            assertThat(Messages.text(key, Messages.ENGLISH)).as(key).isNotBlank();
        }
    }

    @Test
    void every_stable_code_of_the_domain_the_use_cases_and_http_has_an_indonesian_and_an_english_text() {
        for (Class<? extends Enum<?>> type : CODES) {
            assertThat(missing("code.", names(type))).as(type.getSimpleName()).isEmpty();
        }
    }

    @Test
    void every_code_the_http_adapter_writes_by_name_has_its_texts() throws IOException {
        Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                for (String line : Files.readAllLines(file)) {
                    if (line.contains("FieldError.") || line.contains("new FieldError(") || line.contains("send(ctx")
                            || line.contains("sendWith(ctx")) {
                        Matcher m = literal.matcher(line);
                        while (m.find()) {
                            written.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(written).contains("FIELD_UNKNOWN", "REQUEST_INVALID", "INTERNAL_ERROR");
        assertThat(missing("code.", written)).isEmpty();
    }

    @Test
    void stage_sector_licence_status_decision_and_sex_names_are_in_both_languages() {
        List<String> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stages.add(stage.code());
        }
        assertThat(missing("stage.", stages)).isEmpty();
        assertThat(missing("sector.", names(BusinessSector.class))).isEmpty();
        assertThat(missing("licence.", names(LicenceType.class))).isEmpty();
        assertThat(missing("partnerStatus.", names(PartnerStatus.class))).isEmpty();
        assertThat(missing("decision.", names(FinancingDecision.Status.class))).isEmpty();
        assertThat(missing("verdict.", names(RuleOutcome.Verdict.class))).isEmpty();
        assertThat(missing("sex.", names(Sex.class))).isEmpty();
        assertThat(missing("ui.role.", names(Role.class))).isEmpty();
        assertThat(Messages.text("stage.P2", Messages.INDONESIAN)).isEqualTo(Stage.TRAINING.indonesianName());
        assertThat(Messages.text("stage.P2", Messages.ENGLISH)).isEqualTo(Stage.TRAINING.englishName());
    }

    @Test
    void the_language_follows_accept_language_with_indonesian_by_default() {
        assertThat(Messages.negotiate(null)).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.negotiate("")).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.negotiate("en")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("en-US,en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("id-ID,id;q=0.9,en;q=0.8")).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.negotiate("fr-FR,en;q=0.5")).as("the first served language the caller names").isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("en;q=0.3,id;q=0.7")).as("by q-value, not by order").isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.negotiate("fr")).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.negotiate("en;q=0")).isEqualTo(Messages.INDONESIAN);
        assertThat(Messages.negotiate(";;;===")).isEqualTo(Messages.INDONESIAN);
    }

    @Test
    void a_text_with_a_place_gets_its_value() {
        assertThat(Messages.code("INTERNAL_ERROR", Messages.INDONESIAN, "ref-1").orElseThrow()).endsWith("ref-1.");
        assertThat(Messages.code("ROUTE_NOT_FOUND", Messages.ENGLISH, "GET /x").orElseThrow()).isEqualTo("No such route: GET /x.");
        assertThat(Messages.title(422, Messages.INDONESIAN)).isEqualTo("Ditolak oleh aturan usaha");
        assertThat(Messages.title(599, Messages.ENGLISH)).isEqualTo("Request refused");
    }
}
