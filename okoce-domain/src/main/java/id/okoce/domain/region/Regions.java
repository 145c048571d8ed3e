package id.okoce.domain.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference list of Indonesian regions down to kecamatan, with constant-time lookups by code.
 * {@link #kemendagri2025()} is the list bundled with the domain (Kepmendagri No 300.2.2-2138 Tahun
 * 2025: 38 provinces, 514 kabupaten/kota, 7,285 kecamatan), loaded once on first use.
 */
public final class Regions {

    private static final String RESOURCE = "kemendagri-2025-kecamatan.csv";

    private final Map<ProvinceCode, Province> provinces = new HashMap<>();
    private final Map<RegencyCode, Regency> regencies = new HashMap<>();
    private final Map<KecamatanCode, Kecamatan> kecamatans = new HashMap<>();
    private final Map<ProvinceCode, List<Regency>> regenciesByProvince = new HashMap<>();
    private final Map<RegencyCode, List<Kecamatan>> kecamatansByRegency = new HashMap<>();
    private final List<Province> provinceList;

    private Regions(Reader csv) {
        try (BufferedReader reader = new BufferedReader(csv)) {
            String header = reader.readLine();
            if (!"code,level,name".equals(header)) {
                throw new IllegalStateException("region list must start with 'code,level,name', got " + header);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    add(line, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region list", e);
        }
        List<Province> sorted = new ArrayList<>(provinces.values());
        sorted.sort((a, b) -> a.code().compareTo(b.code()));
        provinceList = List.copyOf(sorted);
        regenciesByProvince.replaceAll((k, v) -> List.copyOf(v));
        kecamatansByRegency.replaceAll((k, v) -> List.copyOf(v));
    }

    private void add(String line, int number) {
        String[] parts = line.split(",", 3);
        if (parts.length != 3 || parts[2].isBlank()) {
            throw new IllegalStateException("region list line " + number + " is not 'code,level,name': " + line);
        }
        String digits = CodeShape.digits(parts[0], parts[0].length() / 3 + 1, "code");
        String name = parts[2].strip();
        switch (parts[1]) {
            case "provinsi" -> provinces.put(ProvinceCode.unchecked(digits),
                    new Province(ProvinceCode.unchecked(digits), name));
            case "kabupaten_kota" -> {
                ProvinceCode province = parent(provinces, ProvinceCode.unchecked(digits.substring(0, 2)), number).code();
                Regency regency = new Regency(RegencyCode.unchecked(digits), name, province);
                regencies.put(regency.code(), regency);
                regenciesByProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(regency);
            }
            case "kecamatan" -> {
                Regency regency = parent(regencies, RegencyCode.unchecked(digits.substring(0, 4)), number);
                Kecamatan kecamatan = new Kecamatan(KecamatanCode.unchecked(digits), name, regency.code(), regency.province());
                kecamatans.put(kecamatan.code(), kecamatan);
                kecamatansByRegency.computeIfAbsent(regency.code(), k -> new ArrayList<>()).add(kecamatan);
            }
            default -> throw new IllegalStateException("region list line " + number + " has unknown level " + parts[1]);
        }
    }

    private static <K, V> V parent(Map<K, V> map, K key, int number) {
        V parent = map.get(key);
        if (parent == null) {
            throw new IllegalStateException("region list line " + number + " comes before its parent " + key);
        }
        return parent;
    }

    /** The bundled Kemendagri 2025 list, loaded once. */
    public static Regions kemendagri2025() {
        return Bundled.INSTANCE;
    }

    /** Reads a list in the bundled format ({@code code,level,name}, parents before children). */
    public static Regions read(Reader csv) {
        return new Regions(csv);
    }

    /** Every province, in code order. */
    public List<Province> provinces() {
        return provinceList;
    }

    /** The kabupaten/kota of a province, in list order. */
    public List<Regency> regenciesOf(ProvinceCode province) {
        return regenciesByProvince.getOrDefault(province, List.of());
    }

    /** The kecamatan of a kabupaten/kota, in list order. */
    public List<Kecamatan> kecamatansOf(RegencyCode regency) {
        return kecamatansByRegency.getOrDefault(regency, List.of());
    }

    /** How many kabupaten/kota the list holds. */
    public int regencyCount() {
        return regencies.size();
    }

    /** How many kecamatan the list holds. */
    public int kecamatanCount() {
        return kecamatans.size();
    }

    /** Whether the list holds this province. */
    public boolean contains(ProvinceCode code) {
        return provinces.containsKey(code);
    }

    /** Whether the list holds this kabupaten/kota. */
    public boolean contains(RegencyCode code) {
        return regencies.containsKey(code);
    }

    /** Whether the list holds this kecamatan. */
    public boolean contains(KecamatanCode code) {
        return kecamatans.containsKey(code);
    }

    /** The province with this code; the code must be in the list. */
    public Province province(ProvinceCode code) {
        return known(provinces.get(code), code);
    }

    /** The kabupaten/kota with this code; the code must be in the list. */
    public Regency regency(RegencyCode code) {
        return known(regencies.get(code), code);
    }

    /** The kecamatan with this code; the code must be in the list. */
    public Kecamatan kecamatan(KecamatanCode code) {
        return known(kecamatans.get(code), code);
    }

    /** All kecamatan, unordered; for generators and statistics. */
    public Iterable<Kecamatan> allKecamatans() {
        return Collections.unmodifiableCollection(kecamatans.values());
    }

    private static <T> T known(T value, Object code) {
        if (value == null) {
            throw new IllegalArgumentException("region " + code + " is not in this list");
        }
        return value;
    }

    /** Lazy holder: the bundled list is read the first time a code is checked. */
    private static final class Bundled {
        private static final Regions INSTANCE = load();

        private static Regions load() {
            InputStream in = Regions.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("bundled region list " + RESOURCE + " is missing from the classpath");
            }
            return new Regions(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
