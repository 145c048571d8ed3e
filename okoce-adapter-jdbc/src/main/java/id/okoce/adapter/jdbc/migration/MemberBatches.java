package id.okoce.adapter.jdbc.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A migration's walk over every member, in id order, 10,000 rows at a time, each row's update sent in one batch. */
final class MemberBatches {

    static final int BATCH = 10_000;

    /** Binds the update of one row (its id is the row's first column). */
    interface RowUpdate {
        void bind(ResultSet row, PreparedStatement update) throws SQLException;
    }

    private MemberBatches() {
    }

    /**
     * Updates every member that {@code condition} (SQL, may be empty) selects: reads {@code columns}
     * (the id first) batch by batch and sends {@code updateSql} bound by {@code each} for every row.
     */
    static void update(Connection c, String columns, String condition, String updateSql, RowUpdate each) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + columns + " FROM members WHERE id > ? " + condition
                + " ORDER BY id LIMIT " + BATCH);
             PreparedStatement update = c.prepareStatement(updateSql)) {
            UUID after = new UUID(0, 0);
            boolean more = true;
            while (more) {
                select.setObject(1, after);
                int rows = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getObject(1, UUID.class);
                        each.bind(rs, update);
                        update.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    update.executeBatch();
                }
                more = rows == BATCH;
            }
        }
    }
}
