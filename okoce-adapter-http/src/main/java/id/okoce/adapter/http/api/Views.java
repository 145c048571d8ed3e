package id.okoce.adapter.http.api;

import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;

/** Small JSON shapes several responses share. */
public final class Views {

    private Views() {
    }

    /**
     * A region: its Kemendagri code (dotted) and official name.
     *
     * @param code the code, e.g. {@code 31.71.01}
     * @param name the name
     */
    public record Region(@ApiField(value = "Kemendagri code", example = "31.71.01") String code,
                         @ApiField(value = "official name", example = "Gambir") String name) {

        /** A province. */
        public static Region of(ProvinceCode code) {
            return new Region(code.value(), code.province().name());
        }

        /** A kabupaten/kota. */
        public static Region of(RegencyCode code) {
            return new Region(code.toString(), code.regency().name());
        }

        /** A kecamatan. */
        public static Region of(KecamatanCode code) {
            return new Region(code.toString(), code.kecamatan().name());
        }
    }

    /**
     * A 7PAS stage and its names.
     *
     * @param code           P1…P7
     * @param indonesianName e.g. Pelatihan
     * @param englishName    e.g. Training
     */
    public record StageName(@ApiField(value = "stage code", allowedFrom = Stage.class) String code,
                            @ApiField(value = "Indonesian name", example = "Pelatihan") String indonesianName,
                            @ApiField(value = "English name", example = "Training") String englishName) {

        /** The names of {@code stage}. */
        public static StageName of(Stage stage) {
            return new StageName(stage.code(), stage.indonesianName(), stage.englishName());
        }
    }

}
