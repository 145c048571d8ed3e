package id.okoce.bench;

import id.okoce.adapter.jdbc.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain SQL on the benchmark's database: setting up and tearing down references, reading samples. */
final class Sql {

    private Sql() {
    }

    /** What to do with each row of a result. */
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    static void query(PostgresDatabase pool, String sql, RowHandler handler) throws SQLException {
        try (Connection c = pool.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    static void execute(PostgresDatabase pool, String sql) {
        try (Connection c = pool.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
