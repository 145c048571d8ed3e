package id.okoce.adapter.jdbc.partner;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.AgreementRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.partner.AgreementId;
import id.okoce.domain.partner.CooperationAgreement;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.ProvinceCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Cooperation agreements in the {@code agreements} table. */
public final class JdbcAgreementRepository implements AgreementRepository {

    private final JdbiTransactions transactions;

    /** A repository whose calls join {@code transactions}. */
    public JdbcAgreementRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(CooperationAgreement a) {
        int inserted = transactions.withHandle(h -> h.createUpdate("""
                        INSERT INTO agreements (id, partner_id, province, counterparty_kind, counterparty_name, stages,
                                                valid_from, valid_until)
                        VALUES (:id, :partner, :province, :kind, :name, CAST(:stages AS smallint[]), :from, :until)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", a.id().value()).bind("partner", a.partnerId().value()).bind("province", a.province().value())
                .bind("kind", a.counterpartyKind().name()).bind("name", a.counterpartyName())
                .bind("stages", Columns.stageArray(a.stages())).bind("from", a.validFrom())
                .bind("until", a.validUntil().orElse(null))
                .execute());
        if (inserted == 0) {
            throw new StaleVersionException("agreement " + a.id(), 0);
        }
    }

    @Override
    public boolean replace(CooperationAgreement a) {
        return transactions.withHandle(h -> h.createUpdate("""
                        UPDATE agreements SET stages = CAST(:stages AS smallint[]), valid_from = :from, valid_until = :until
                        WHERE id = :id""")
                .bind("id", a.id().value()).bind("stages", Columns.stageArray(a.stages())).bind("from", a.validFrom())
                .bind("until", a.validUntil().orElse(null)).execute()) == 1;
    }

    @Override
    public Optional<CooperationAgreement> findById(AgreementId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM agreements WHERE id = :id")
                .bind("id", id.value()).map(JdbcAgreementRepository::map).findOne());
    }

    @Override
    public List<CooperationAgreement> findByPartner(PartnerId partner) {
        return select("WHERE partner_id = :value", partner.value());
    }

    @Override
    public List<CooperationAgreement> findByProvince(ProvinceCode province) {
        return select("WHERE province = :value", province.value());
    }

    @Override
    public List<CooperationAgreement> findAll() {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM agreements ORDER BY province, valid_from, id")
                .map(JdbcAgreementRepository::map).list());
    }

    private List<CooperationAgreement> select(String where, Object value) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM agreements " + where + " ORDER BY province, valid_from, id")
                .bind("value", value).map(JdbcAgreementRepository::map).list());
    }

    private static CooperationAgreement map(ResultSet rs, StatementContext ctx) throws SQLException {
        return CooperationAgreement.restore(new AgreementId(Columns.uuid(rs, "id")), new PartnerId(Columns.uuid(rs, "partner_id")),
                ProvinceCode.of(rs.getString("province")), CounterpartyKind.valueOf(rs.getString("counterparty_kind")),
                rs.getString("counterparty_name"), Columns.stages(rs, "stages"), Columns.date(rs, "valid_from"),
                Columns.optionalDate(rs, "valid_until"));
    }
}
