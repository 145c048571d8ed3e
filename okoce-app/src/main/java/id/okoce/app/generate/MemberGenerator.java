package id.okoce.app.generate;

import static id.okoce.adapter.csv.MemberColumn.*;

import id.okoce.adapter.csv.CsvWriting.Row;
import id.okoce.adapter.csv.CsvWriting;
import id.okoce.adapter.csv.MemberColumn;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.network.Hub;
import id.okoce.domain.region.Kecamatan;
import id.okoce.domain.region.Province;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.Regions;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes reproducible synthetic members: the same seed gives the same file. Valid rows have
 * unique, valid NIKs (sex and birth date for ages 18–65 at registration, issued in a kecamatan
 * that exists), members spread like September 2018 (DKI Jakarta 87 %, Jawa Barat 4.4 %, Jawa
 * Tengah 1.9 %, the rest thin) or nationally by number of kecamatan, and a stage funnel like the
 * observed drop-off among members where the stages are delivered (the hub unless asked otherwise):
 * P2 34 %, P3 7 %, P4 1.7 %, P5 1.2 %, P6 0.8 %, P7 0.3 %.
 */
public final class MemberGenerator {

    /** The funnel: the share of members who reach P2…P7. */
    static final double[] FUNNEL = {0.34, 0.07, 0.017, 0.012, 0.008, 0.003};
    /** Registration dates run from here… */
    static final LocalDate FIRST_REGISTRATION = LocalDate.of(2017, 1, 1);
    /** …to here, or to the day of generation if that is earlier: about ten years of history, for the reports over time. */
    static final LocalDate LAST_REGISTRATION = LocalDate.of(2026, 12, 31);

    private static final String[] GIVEN = {"Siti", "Budi", "Ani", "Agus", "Dewi", "Eko", "Fitri", "Hadi", "Indah", "Joko", "Kartika",
        "Lestari", "Made", "Nur", "Putri", "Rahmat", "Sri", "Teguh", "Wahyu", "Yuni", "Asep", "Ujang", "Nyoman", "Ketut", "Rina",
        "Muhammad", "Ahmad", "Abdul", "Andi", "Bambang", "Cahya", "Dian", "Endang", "Fajar", "Gilang", "Hendra", "Irwan", "Januar",
        "Kurnia", "Lukman", "Maya", "Nanda", "Oktavia", "Puji", "Ratna", "Rudi", "Sigit", "Tri", "Umar", "Vina", "Wulan", "Yusuf",
        "Zainal", "Aisyah", "Bayu", "Citra", "Dodi", "Erna", "Farida", "Galih", "Hesti", "Ilham", "Jumadi", "Kiki", "Lina", "Mulyadi",
        "Novi", "Purwanto", "Rizky", "Suryani", "Taufik", "Utami", "Wawan", "Yanti", "Slamet", "Sutrisno", "Mariam", "Yohanes"};
    private static final String[] MIDDLE = {"Nur", "Dwi", "Tri", "Eka", "Adi", "Putra", "Putri", "Sri", "Ayu", "Indra", "Dewi", "Budi",
        "Hari", "Rahmat", "Setia", "Wati", "Cahyo", "Yudha", "Surya", "Kusuma", "Permata", "Mega", "Bagus", "Ratu", "Intan", "Arif",
        "Bima", "Candra", "Dimas", "Fikri", "Gita", "Hana", "Iqbal", "Joni", "Kemal", "Lia", "Mira", "Nina", "Oki", "Rini", "Sinta"};
    private static final String[] FAMILY = {"Rahma", "Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Susanti", "Pratama",
        "Kurniawan", "Nasution", "Siregar", "Simanjuntak", "Wibowo", "Setiawan", "Handayani", "Purnomo", "Gunawan", "Sari",
        "Harahap", "Lubis", "Hutapea", "Sitompul", "Pangaribuan", "Tanjung", "Situmorang", "Manurung", "Ginting", "Sembiring",
        "Tarigan", "Rangkuti", "Effendi", "Firmansyah", "Ramadhan", "Syahputra", "Maulana", "Hakim", "Wahyudi", "Suharto",
        "Sulistyo", "Prasetyo", "Nugroho", "Utomo", "Hartono", "Susilo", "Wulandari", "Rahayu", "Anggraini", "Permana",
        "Suryadi", "Hamzah", "Yulianti", "Fauzi", "Kusumawati", "Mahendra", "Halim", "Sasmita", "Pohan", "Daulay", "Batubara",
        "Nainggolan", "Silalahi", "Panjaitan", "Tambunan", "Sihombing", "Marpaung", "Sinaga", "Purba", "Damanik", "Saragih"};
    private static final String[] SECTORS = {"KULINER", "KULINER", "KULINER", "FASHION", "KRIYA", "PERDAGANGAN", "PERDAGANGAN", "JASA",
        "AGRIBISNIS", "TEKNOLOGI", "LAINNYA"};
    private static final String[] BUSINESS = {"Warung", "Toko", "Kedai", "Usaha", "Dapur", "Griya", "Butik", "Bengkel"};
    private static final String[] LICENCES = {"IUMK", "SKU", "SIUP", "SP-PIRT", "NIB"};
    private static final int BAD_KINDS = 16;

    /**
     * What to generate.
     *
     * @param count              how many rows
     * @param seed               the random seed
     * @param national           spread members over all provinces by number of kecamatan instead of the 2018 shape
     * @param badShare           the share of deliberately bad rows, 0–1
     * @param stagesOutsideHub   let members outside DKI Jakarta reach P2+ (valid only where agreements deliver them)
     * @param duplicateShare     the share of valid rows followed by a labelled duplicate of the same person, 0–1
     */
    public record Options(long count, long seed, boolean national, double badShare, boolean stagesOutsideHub,
                          double duplicateShare) {

        /** Options without labelled duplicates. */
        public Options(long count, long seed, boolean national, double badShare, boolean stagesOutsideHub) {
            this(count, seed, national, badShare, stagesOutsideHub, 0);
        }
    }

    private final Options options;
    private final SplittableRandom random;
    private final List<Province> provinces;
    private final double[] provinceWeights;
    private final Map<ProvinceCode, List<Kecamatan>> kecamatans = new HashMap<>();
    private final LongSet niks;
    private final List<String> someNiks = new ArrayList<>();
    private final LocalDate today;

    /** A generator; {@code today} caps every date (registrations, stages). */
    public MemberGenerator(Options options, LocalDate today) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.today = today;
        Regions regions = Regions.kemendagri2025();
        this.provinces = regions.provinces();
        for (Kecamatan k : regions.allKecamatans()) {
            kecamatans.computeIfAbsent(k.province(), p -> new ArrayList<>()).add(k);
        }
        kecamatans.values().forEach(list -> list.sort((a, b) -> a.code().compareTo(b.code())));
        this.provinceWeights = weights();
        this.niks = new LongSet((int) Math.min(Integer.MAX_VALUE / 4, Math.max(16, options.count())));
    }

    private double[] weights() {
        double[] w = new double[provinces.size()];
        double rest = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = kecamatans.get(provinces.get(i).code()).size();
            String code = provinces.get(i).code().value();
            if (!options.national() && !code.equals("31") && !code.equals("32") && !code.equals("33")) {
                rest += w[i];
            }
        }
        if (!options.national()) {
            for (int i = 0; i < w.length; i++) {
                String code = provinces.get(i).code().value();
                w[i] = switch (code) {
                    case "31" -> 0.87;
                    case "32" -> 0.044;
                    case "33" -> 0.019;
                    default -> 0.067 * w[i] / rest;
                };
            }
        }
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            total += w[i];
            w[i] = total;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return w;
    }

    /** Writes {@code count} rows after the header. */
    public void write(CsvWriting out) {
        write(out, null);
    }

    /**
     * Writes {@code count} rows after the header and, when {@code truePairs} is given, one line per
     * labelled duplicate written: {@code first_line,second_line,changes} (file lines, the header being
     * line 1; changes like {@code nik-serial+name-typo+new-phone}).
     */
    public void write(CsvWriting out, java.io.Writer truePairs) {
        long badEvery = options.badShare() <= 0 ? Long.MAX_VALUE : Math.max(1, Math.round(1 / options.badShare()));
        long bad = 0;
        long line = 1;
        try {
            if (truePairs != null) {
                truePairs.write("first_line,second_line,changes\n");
            }
            for (long i = 0; i < options.count(); i++) {
                Row row = valid();
                line++;
                if ((i + 1) % badEvery == 0) {
                    spoil(row, (int) (bad++ % BAD_KINDS), out);
                    continue;
                }
                if (someNiks.size() < 10_000) {
                    someNiks.add(row.get(NIK));
                }
                out.row(row);
                if (i + 1 < options.count() && options.duplicateShare() > 0 && random.nextDouble() < options.duplicateShare()) {
                    StringBuilder changes = new StringBuilder();
                    out.row(duplicate(row, changes));
                    i++;
                    line++;
                    if (truePairs != null) {
                        truePairs.write((line - 1) + "," + line + "," + changes + "\n");
                    }
                }
            }
            if (truePairs != null) {
                truePairs.flush();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.flush();
    }

    /** The next valid row, as it would be written; for tests that read generated rows back. */
    public Row next() {
        return valid();
    }

    private Province province() {
        double x = random.nextDouble();
        for (int i = 0; i < provinceWeights.length; i++) {
            if (x < provinceWeights[i]) {
                return provinces.get(i);
            }
        }
        return provinces.get(provinces.size() - 1);
    }

    private Kecamatan kecamatanIn(ProvinceCode province) {
        List<Kecamatan> list = kecamatans.get(province);
        return list.get(random.nextInt(list.size()));
    }

    private Row valid() {
        Province province = province();
        Kecamatan domicile = kecamatanIn(province.code());
        long days = ChronoUnit.DAYS.between(FIRST_REGISTRATION, min(LAST_REGISTRATION, today));
        LocalDate registeredOn = FIRST_REGISTRATION.plusDays(random.nextLong(days + 1));
        String nik = nik(domicile, registeredOn);
        String name = name();
        String phone = "08" + (1 + random.nextInt(9)) + digits(8 + random.nextInt(2));
        String business = BUSINESS[random.nextInt(BUSINESS.length)] + " " + name.split(" ")[0];
        LocalDate startedOn = registeredOn.minusDays(random.nextInt(3 * 365));
        String nib = random.nextInt(10) < 3 ? "9" + digits(12) : null;
        Row row = new Row().set(NIK, nik).set(FULL_NAME, name).set(PHONE, phone).set(KECAMATAN, domicile.code().toString())
                .set(BUSINESS_NAME, business).set(SECTOR, SECTORS[random.nextInt(SECTORS.length)])
                .set(BUSINESS_STARTED_ON, startedOn.toString()).set(NIB, nib).set(REGISTERED_ON, registeredOn.toString());
        if (Hub.isHub(province.code()) || options.stagesOutsideHub()) {
            stages(row, registeredOn);
        }
        return row;
    }

    /**
     * The same person registered again, later, with another NIK (another serial, another issuing
     * kecamatan, or a typo in any digit) and, each by chance, a changed name (a typo, the old
     * spelling, the words swapped, a title), a new phone, a move to another kecamatan of the same
     * kabupaten/kota. What changed is appended to {@code changes}.
     */
    private Row duplicate(Row original, StringBuilder changes) {
        Row r = original.copy();
        // a registration anew: P1 only
        for (Stage stage : Stage.values()) {
            MemberColumn.dateOf(stage).ifPresent(c -> r.set(c, null));
            MemberColumn.evidenceOf(stage).ifPresent(c -> r.set(c, null));
        }
        r.set(P4_LICENCE_TYPE, null);
        LocalDate registeredOn = LocalDate.parse(original.get(REGISTERED_ON));
        LocalDate again = min(registeredOn.plusDays(random.nextInt(400)), min(LAST_REGISTRATION, today));
        r.set(REGISTERED_ON, again.toString());
        String nik = original.get(NIK);
        String changed;
        int kind = random.nextInt(4);
        do {
            changed = switch (kind) {
                case 0, 1 -> nik.substring(0, 12) + String.format("%04d", 1 + random.nextInt(9999));
                case 2 -> kecamatanIn(ProvinceCode.of(nik.substring(0, 2))).code().digits() + nik.substring(6);
                default -> {
                    int at = random.nextInt(16);
                    yield nik.substring(0, at) + (char) ('0' + random.nextInt(10)) + nik.substring(at + 1);
                }
            };
        } while (!validNik(changed, again) || !niks.add(Long.parseLong(changed)));
        r.set(NIK, changed);
        changes.append(kind <= 1 ? "nik-serial" : kind == 2 ? "nik-area" : "nik-typo");
        String name = original.get(FULL_NAME);
        if (random.nextInt(100) < 60) {
            int how = random.nextInt(4);
            String renamed = switch (how) {
                case 0 -> typo(name);
                case 1 -> oldSpelling(name);
                case 2 -> swapped(name);
                default -> (random.nextBoolean() ? (random.nextBoolean() ? "H. " : "Hj. ") : "Dr. ") + name;
            };
            if (!renamed.equals(name)) {
                r.set(FULL_NAME, renamed);
                changes.append(switch (how) {
                    case 0 -> "+name-typo";
                    case 1 -> "+old-spelling";
                    case 2 -> "+swapped-name";
                    default -> "+title";
                });
            }
        }
        if (random.nextInt(100) < 35) {
            r.set(PHONE, "08" + (1 + random.nextInt(9)) + digits(8 + random.nextInt(2)));
            changes.append("+new-phone");
        }
        if (random.nextInt(100) < 25) {
            String kecamatan = original.get(KECAMATAN);
            List<Kecamatan> same = kecamatans.get(ProvinceCode.of(kecamatan.substring(0, 2))).stream()
                    .filter(k -> k.code().toString().startsWith(kecamatan.substring(0, 5)) && !k.code().toString().equals(kecamatan))
                    .toList();
            if (!same.isEmpty()) {
                r.set(KECAMATAN, same.get(random.nextInt(same.size())).code().toString());
                changes.append("+moved");
            }
        }
        return r;
    }

    private static boolean validNik(String nik, LocalDate on) {
        try {
            Nik.parse(nik, on);
            return true;
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    private String typo(String name) {
        int at = 1 + random.nextInt(name.length() - 1);
        if (name.charAt(at) == ' ' || name.charAt(at - 1) == ' ') {
            return name.substring(0, at) + name.charAt(at) + name.substring(at);
        }
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at - 1) + name.charAt(at) + name.charAt(at - 1) + name.substring(at + 1);
            default -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
        };
    }

    private static String oldSpelling(String name) {
        String old = name.replace("Yu", "Ju").replace("yu", "ju").replace("u", "oe").replace("J", "Dj").replace("j", "dj")
                .replace("C", "Tj").replace("c", "tj").replace("Kh", "Ch").replace("kh", "ch").replace("ny", "nj").replace("sy", "sj");
        return old.equals(name) ? name.replace("Muhammad", "Mohamad").replace("Ahmad", "Achmad") : old;
    }

    private static String swapped(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return name;
        }
        String first = words[0];
        words[0] = words[words.length - 1];
        words[words.length - 1] = first;
        return String.join(" ", words);
    }

    /** A name: a single name (5 %), given and family (60 %), or given, middle and family (35 %). */
    private String name() {
        int shape = random.nextInt(100);
        String given = GIVEN[random.nextInt(GIVEN.length)];
        if (shape < 5) {
            return given + FAMILY[random.nextInt(FAMILY.length)].toLowerCase(java.util.Locale.ROOT).substring(0, 3);
        }
        String family = FAMILY[random.nextInt(FAMILY.length)];
        return shape < 65 ? given + " " + family : given + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + family;
    }

    private void stages(Row row, LocalDate registeredOn) {
        LocalDate previous = registeredOn;
        double x = random.nextDouble();
        for (int s = 0; s < FUNNEL.length; s++) {
            if (x >= FUNNEL[s]) {
                return;
            }
            LocalDate on = previous.plusDays(1 + random.nextInt(60));
            if (on.isAfter(today)) {
                return;
            }
            Stage stage = Stage.number(s + 2);
            row.set(MemberColumn.dateOf(stage).orElseThrow(), on.toString());
            switch (stage) {
                case TRAINING -> row.set(P2_CERTIFICATE, "SERT-" + digits(8));
                case LICENSING -> {
                    String type = LICENCES[random.nextInt(LICENCES.length)];
                    row.set(P4_LICENCE_TYPE, type);
                    row.set(P4_LICENCE_NUMBER, type.equals("NIB") ? "9" + digits(12) : type + "-" + digits(8));
                }
                case CAPITAL -> row.set(P7_REFERENCE, "KRD-" + digits(10));
                default -> { }
            }
            previous = on;
        }
    }

    private String nik(Kecamatan domicile, LocalDate registeredOn) {
        Kecamatan issued = domicile;
        int where = random.nextInt(100);
        if (where >= 95) {
            issued = kecamatanIn(provinces.get(random.nextInt(provinces.size())).code());
        } else if (where >= 85) {
            issued = kecamatanIn(domicile.province());
        }
        LocalDate birth = registeredOn.minusYears(18 + random.nextInt(48)).minusDays(random.nextInt(365));
        boolean woman = random.nextBoolean();
        int serial = 1 + random.nextInt(9999);
        while (true) {
            String nik = issued.code().digits() + two(birth.getDayOfMonth() + (woman ? 40 : 0)) + two(birth.getMonthValue())
                    + two(birth.getYear() % 100) + String.format("%04d", serial);
            if (niks.add(Long.parseLong(nik))) {
                return nik;
            }
            serial = serial % 9999 + 1;
        }
    }

    /** Writes {@code row} spoiled in the way {@code kind} picks: each kind is one reason the importer refuses a row. */
    private void spoil(Row valid, int kind, CsvWriting out) {
        Row r = valid.copy();
        String nik = r.get(NIK);
        switch (kind) {
            case 0 -> r.set(NIK, nik.substring(1));
            case 1 -> r.set(NIK, nik.substring(0, 15) + "X");
            case 2 -> r.set(NIK, nik.substring(0, 6) + "32" + nik.substring(8));
            case 3 -> r.set(NIK, nik.substring(0, 12) + "0000");
            case 4 -> r.set(NIK, "99" + nik.substring(2));
            case 5 -> r.set(PHONE, "021" + digits(7));
            case 6 -> r.set(KECAMATAN, r.get(KECAMATAN).substring(0, 6) + "99");
            case 7 -> r.set(KECAMATAN, r.get(KECAMATAN).replace('.', '-'));
            case 8 -> r.set(SECTOR, "PERTAMBANGAN");
            case 9 -> r.set(P2_ON, null).set(P2_CERTIFICATE, null)
                    .set(P3_ON, LocalDate.parse(r.get(REGISTERED_ON)).plusDays(10).toString());
            case 10 -> r.set(P2_ON, LocalDate.parse(r.get(REGISTERED_ON)).minusDays(5).toString()).set(P2_CERTIFICATE, "SERT-1");
            case 11 -> r.set(NIK, someNiks.isEmpty() ? nik.substring(1) : someNiks.get(random.nextInt(someNiks.size())));
            case 12 -> r.set(REGISTERED_ON, "2099-01-01");
            case 13 -> r.set(FULL_NAME, null);
            case 14 -> r.set(REGISTERED_ON, "10/09/2018");
            default -> {
                out.raw(nik, r.get(FULL_NAME), r.get(PHONE));
                return;
            }
        }
        out.row(r);
    }

    private String digits(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
