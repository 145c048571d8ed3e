package id.okoce.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import id.okoce.domain.region.Kecamatan;
import id.okoce.domain.region.Regions;
import id.okoce.domain.shared.DomainException;
import id.okoce.domain.testdata.Niks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of NIK parsing, each against an oracle written from DOMAIN.md alone (the province
 * codes listed there, the date rule, the serial rule) rather than from the parser.
 */
class NikProperties {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);
    private static final List<Kecamatan> KECAMATANS = new ArrayList<>();
    /** The 38 province codes, as DOMAIN.md lists them. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32",
            "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82",
            "91", "92", "93", "94", "95", "96");

    static {
        Regions.kemendagri2025().allKecamatans().forEach(KECAMATANS::add);
    }

    /** What the oracle expects of a text: the refusal's code, or the birth date and sex. */
    private record Expected(Optional<String> code, LocalDate birthDate, Sex sex) {
    }

    /** DOMAIN.md's rule: PP KK CC DDMMYY SSSS, day + 40 for women, the latest century not after the reference, serial ≥ 0001. */
    private static Expected oracle(String raw) {
        String text = raw.strip();
        if (text.length() != 16) {
            return new Expected(Optional.of("NIK_LENGTH"), null, null);
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Expected(Optional.of("NIK_NOT_DIGITS"), null, null);
        }
        if (!PROVINCES.contains(text.substring(0, 2))) {
            return new Expected(Optional.of("NIK_UNKNOWN_PROVINCE"), null, null);
        }
        int day = Integer.parseInt(text.substring(6, 8));
        Sex sex = day >= 41 ? Sex.FEMALE : Sex.MALE;
        int realDay = sex == Sex.FEMALE ? day - 40 : day;
        LocalDate birth = null;
        for (int year : new int[] {2000 + Integer.parseInt(text.substring(10, 12)), 1900 + Integer.parseInt(text.substring(10, 12))}) {
            try {
                LocalDate candidate = LocalDate.of(year, Integer.parseInt(text.substring(8, 10)), realDay);
                if (!candidate.isAfter(REFERENCE)) {
                    birth = candidate;
                    break;
                }
            } catch (DateTimeException invalid) {
                // no such day in this year: try the other century
            }
        }
        if (realDay < 1 || realDay > 31 || birth == null) {
            return new Expected(Optional.of("NIK_INVALID_DATE"), null, null);
        }
        if (text.endsWith("0000")) {
            return new Expected(Optional.of("NIK_ZERO_SERIAL"), null, null);
        }
        return new Expected(Optional.empty(), birth, sex);
    }

    private static void agreesWithTheOracle(String raw) {
        Expected expected = oracle(raw);
        if (expected.code().isPresent()) {
            assertThatThrownBy(() -> Nik.parse(raw, REFERENCE)).as("'%s' is refused", raw)
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).code().name()).isEqualTo(expected.code().get()))
                    .satisfies(e -> assertThat(((DomainException) e).field()).contains("nik"))
                    .satisfies(e -> {
                        if (raw.strip().length() >= 6) {
                            assertThat(e.getMessage()).as("the refusal never repeats the input").doesNotContain(raw.strip());
                        }
                    });
        } else {
            Nik nik = Nik.parse(raw, REFERENCE);
            assertThat(nik.value()).isEqualTo(raw.strip());
            assertThat(nik.birthDate()).isEqualTo(expected.birthDate());
            assertThat(nik.sex()).isEqualTo(expected.sex());
            assertThat(nik.masked()).isEqualTo(raw.strip().substring(0, 2) + "**********" + raw.strip().substring(12));
            assertThat(nik.toString()).doesNotContain(raw.strip().substring(2, 12));
        }
    }

    /** Sixteen digits shaped like a NIK: a province code (known or not), a day of 00–79, a month of 00–13, any year and serial. */
    private static Gen<String> nikShaped() {
        Gen<String> province = Generate.oneOf(Generate.pick(List.copyOf(PROVINCES)), strings().numericBetween(10, 99));
        return province.zip(integers().between(0, 9999), integers().between(0, 79), integers().between(0, 13),
                (p, area, day, month) -> p + String.format("%04d%02d%02d", area, day, month))
                .zip(integers().between(0, 99), integers().between(0, 9999), (head, yy, serial) -> head + String.format("%02d%04d", yy, serial));
    }

    @Test
    void any_valid_generated_nik_parses_back_to_the_same_province_sex_and_birth_date() {
        qt().forAll(Generate.pick(KECAMATANS), integers().between(0, 99 * 365), Generate.enumValues(Sex.class), integers().between(1, 9999))
                .checkAssert((kecamatan, daysBack, sex, serial) -> {
                    LocalDate birthDate = REFERENCE.minusDays(daysBack);
                    String raw = Niks.nik(kecamatan.code().digits(), birthDate, sex, serial);
                    Nik nik = Nik.parse(raw, REFERENCE);
                    assertThat(nik.issuingProvince()).isEqualTo(kecamatan.province());
                    assertThat(nik.sex()).isEqualTo(sex);
                    assertThat(nik.birthDate()).isEqualTo(birthDate);
                    assertThat(nik.serial()).isEqualTo(serial);
                });
    }

    @Test
    void every_nik_shaped_text_is_accepted_or_refused_exactly_as_the_rules_say() {
        qt().withExamples(5000).forAll(nikShaped()).checkAssert(NikProperties::agreesWithTheOracle);
    }

    @Test
    void any_text_at_all_is_judged_as_the_rules_say_and_never_escapes_as_another_exception() {
        qt().withExamples(2000).forAll(Generate.oneOf(strings().allPossible().ofLengthBetween(0, 20),
                strings().numericBetween(0, Integer.MAX_VALUE).map(s -> " " + s + " "),
                strings().ascii().ofLength(16))).checkAssert(NikProperties::agreesWithTheOracle);
    }
}
