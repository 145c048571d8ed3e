package id.okoce.adapter.jdbc.financing;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.FinancingRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.financing.FinancingRefusal;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

/** Financing granted, in the {@code financings} table. */
public final class JdbcFinancingRepository implements FinancingRepository {

    private final JdbiTransactions transactions;

    /** A repository whose calls join {@code transactions}. */
    public JdbcFinancingRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Financing f) {
        int inserted = transactions.withHandle(h -> h.createUpdate("""
                        INSERT INTO financings (id, member_id, product_id, amount, granted_on, term_months, reference)
                        VALUES (:id, :member, :product, :amount, :granted, :term, :reference)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", f.id().value()).bind("member", f.memberId().value()).bind("product", f.productId().value())
                .bind("amount", f.amount().value()).bind("granted", f.grantedOn()).bind("term", f.termMonths())
                .bind("reference", f.reference())
                .execute());
        if (inserted == 0) {
            throw new StaleVersionException("financing " + f.id(), 0);
        }
    }

    @Override
    public List<Financing> findByMember(MemberId member) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM financings WHERE member_id = :member ORDER BY granted_on, id")
                .bind("member", member.value()).map(JdbcFinancingRepository::map).list());
    }

    @Override
    public List<Financing> findByProducts(Set<ProductId> products, Optional<FinancingId> after, int limit) {
        return transactions.withHandle(h -> h.createQuery("""
                        SELECT * FROM financings WHERE product_id = ANY(CAST(:products AS text[]))
                          AND (CAST(:after AS uuid) IS NULL OR id > CAST(:after AS uuid))
                        ORDER BY id LIMIT :limit""")
                .bind("products", Columns.textArray(products.stream().map(ProductId::value).toList()))
                .bind("after", after.map(a -> a.value()).orElse(null)).bind("limit", limit)
                .map(JdbcFinancingRepository::map).list());
    }

    private static Financing map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Financing(new FinancingId(Columns.uuid(rs, "id")), new MemberId(Columns.uuid(rs, "member_id")),
                ProductId.of(rs.getString("product_id")), Rupiah.of(rs.getLong("amount")), Columns.date(rs, "granted_on"),
                rs.getInt("term_months"), Optional.ofNullable(rs.getString("reference")).orElse(""));
    }

    @Override
    public void forgetReferences(MemberId member) {
        transactions.withHandle(h -> h.createUpdate("UPDATE financings SET reference = NULL WHERE member_id = :member")
                .bind("member", member.value()).execute()
                + h.createUpdate("UPDATE financing_refusals SET note = NULL WHERE member_id = :member AND note IS NOT NULL")
                .bind("member", member.value()).execute());
    }

    @Override
    public void addRefusal(FinancingRefusal r) {
        int inserted = transactions.withHandle(h -> h.createUpdate("""
                        INSERT INTO financing_refusals (id, member_id, product_id, amount, decided_on, reason, note)
                        VALUES (:id, :member, :product, :amount, :on, :reason, :note) ON CONFLICT (id) DO NOTHING""")
                .bind("id", r.id().value()).bind("member", r.memberId().value()).bind("product", r.productId().value())
                .bind("amount", r.amount().value()).bind("on", r.decidedOn()).bind("reason", r.reason().name())
                .bind("note", r.note().orElse(null)).execute());
        if (inserted == 0) {
            throw new StaleVersionException("financing refusal " + r.id(), 0);
        }
    }

    @Override
    public List<FinancingRefusal> refusalsOf(MemberId member) {
        return transactions.withHandle(h -> h.createQuery(
                        "SELECT * FROM financing_refusals WHERE member_id = :member ORDER BY decided_on, id")
                .bind("member", member.value())
                .map((rs, ctx) -> new FinancingRefusal(new FinancingId(Columns.uuid(rs, "id")), new MemberId(Columns.uuid(rs, "member_id")),
                        ProductId.of(rs.getString("product_id")), Rupiah.of(rs.getLong("amount")), Columns.date(rs, "decided_on"),
                        FinancingRefusal.Reason.valueOf(rs.getString("reason")), Optional.ofNullable(rs.getString("note"))))
                .list());
    }
}
