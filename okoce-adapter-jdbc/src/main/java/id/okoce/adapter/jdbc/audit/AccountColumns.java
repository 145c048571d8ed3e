package id.okoce.adapter.jdbc.audit;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.audit.Origin;
import id.okoce.domain.audit.Who;
import id.okoce.domain.partner.PartnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The columns the audit trail and the read records share: who acted, and through which request. */
final class AccountColumns {

    private AccountColumns() {
    }

    /** Who, from {@code role}, {@code token_id}, {@code partner_id} and {@code actor}. */
    static Who who(ResultSet rs) throws SQLException {
        return new Who(Role.valueOf(rs.getString("role")), Optional.ofNullable(Columns.uuid(rs, "token_id")).map(TokenId::new),
                Optional.ofNullable(Columns.uuid(rs, "partner_id")).map(PartnerId::new), rs.getString("actor"));
    }

    /** The origin, from {@code request_id} and {@code channel}. */
    static Origin origin(ResultSet rs) throws SQLException {
        return new Origin(Optional.ofNullable(rs.getString("request_id")), rs.getString("channel"));
    }
}
