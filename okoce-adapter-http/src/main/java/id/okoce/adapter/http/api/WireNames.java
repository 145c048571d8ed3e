package id.okoce.adapter.http.api;

import id.okoce.domain.business.LicenceType;
import id.okoce.domain.importing.ImportMode;
import id.okoce.domain.stage.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * How the domain's enums are written in the API: stages by code ({@code P2}), licence types and
 * import modes by label ({@code SP-PIRT}, {@code per-row}), everything else by constant name. The
 * OpenAPI document takes its allowed values from here, so they cannot drift from the domain.
 */
public final class WireNames {

    private WireNames() {
    }

    /** The wire name of one constant. */
    public static String of(Enum<?> constant) {
        if (constant instanceof Stage stage) {
            return stage.code();
        }
        if (constant instanceof LicenceType type) {
            return type.label();
        }
        if (constant instanceof ImportMode mode) {
            return mode.label();
        }
        return constant.name();
    }

    /** The wire names of every constant of {@code type}, in declaration order. */
    public static List<String> all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
    }
}
