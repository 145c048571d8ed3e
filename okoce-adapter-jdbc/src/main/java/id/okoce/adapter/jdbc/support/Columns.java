package id.okoce.adapter.jdbc.support;

import id.okoce.domain.stage.Stage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading and writing column values the repositories share. */
public final class Columns {

    private Columns() {
    }

    /** A date column, or null. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** An optional date column. */
    public static Optional<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(date(rs, column));
    }

    /** A uuid column, or null. */
    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** A smallint[] column of stage numbers. */
    public static Set<Stage> stages(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (Object number : (Object[]) array.getArray()) {
            stages.add(Stage.number(((Number) number).intValue()));
        }
        return stages;
    }

    /** A PostgreSQL array literal of stage numbers, for {@code CAST(:x AS smallint[])}. */
    public static String stageArray(Collection<Stage> stages) {
        return stages.stream().map(s -> Integer.toString(s.number())).collect(Collectors.joining(",", "{", "}"));
    }

    /** A PostgreSQL array literal of simple tokens (digits, letters), for {@code CAST(:x AS text[])}. */
    public static String textArray(Collection<String> values) {
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }
}
