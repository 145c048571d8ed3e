package id.okoce.adapter.jdbc.financing;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.FinancingProductRepository;
import id.okoce.domain.business.LicenceType;
import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.region.ProvinceCode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

/** Financing products in the {@code financing_products} table. */
public final class JdbcFinancingProductRepository implements FinancingProductRepository {

    private final JdbiTransactions transactions;

    /** A repository whose calls join {@code transactions}. */
    public JdbcFinancingProductRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean add(FinancingProduct p) {
        return transactions.withHandle(h -> h.createUpdate("""
                        INSERT INTO financing_products (id, family, bank, name, provinces, min_amount, max_amount, required_stages,
                            accepted_licences, min_business_age_months, min_borrower_age, max_borrower_age, max_term_months,
                            no_other_credit_required, valid_from, valid_until)
                        VALUES (:id, :family, :bank, :name, CAST(:provinces AS text[]), :min, :max, CAST(:stages AS smallint[]),
                            CAST(:licences AS text[]), :businessAge, :minAge, :maxAge, :term, :noOtherCredit, :from, :until)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", p.id().value()).bind("family", p.family()).bind("bank", p.bank()).bind("name", p.name())
                .bind("provinces", Columns.textArray(p.provinces().stream().map(ProvinceCode::value).toList()))
                .bind("min", p.minAmount().value()).bind("max", p.maxAmount().value())
                .bind("stages", Columns.stageArray(p.requiredStages())).bind("licences", Columns.textArray(p.acceptedLicences().stream().map(LicenceType::name).toList()))
                .bind("noOtherCredit", p.noOtherCreditRequired())
                .bind("businessAge", p.minBusinessAgeMonths()).bind("minAge", p.minBorrowerAge())
                .bind("maxAge", p.maxBorrowerAge().isPresent() ? p.maxBorrowerAge().getAsInt() : null)
                .bind("term", p.maxTermMonths()).bind("from", p.validFrom()).bind("until", p.validUntil().orElse(null))
                .execute()) == 1;
    }

    @Override
    public Optional<FinancingProduct> findById(ProductId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM financing_products WHERE id = :id")
                .bind("id", id.value()).map(JdbcFinancingProductRepository::map).findOne());
    }

    @Override
    public List<FinancingProduct> findAll() {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM financing_products ORDER BY id COLLATE \"C\"")
                .map(JdbcFinancingProductRepository::map).list());
    }

    @Override
    public List<FinancingProduct> findFamily(String family) {
        return transactions.withHandle(h -> h.createQuery(
                        "SELECT * FROM financing_products WHERE family = :family ORDER BY valid_from, id COLLATE \"C\"")
                .bind("family", family).map(JdbcFinancingProductRepository::map).list());
    }

    @Override
    public boolean end(ProductId id, LocalDate lastDay) {
        return transactions.withHandle(h -> h.createUpdate("UPDATE financing_products SET valid_until = :until WHERE id = :id")
                .bind("id", id.value()).bind("until", lastDay).execute()) == 1;
    }

    private static FinancingProduct map(ResultSet rs, StatementContext ctx) throws SQLException {
        Array provinces = rs.getArray("provinces");
        Set<ProvinceCode> codes = new HashSet<>();
        for (Object code : (Object[]) provinces.getArray()) {
            codes.add(ProvinceCode.of((String) code));
        }
        int maxAge = rs.getInt("max_borrower_age");
        OptionalInt maxBorrowerAge = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(maxAge);
        Set<LicenceType> licences = EnumSet.noneOf(LicenceType.class);
        for (Object type : (Object[]) rs.getArray("accepted_licences").getArray()) {
            licences.add(LicenceType.valueOf((String) type));
        }
        return new FinancingProduct(ProductId.of(rs.getString("id")), rs.getString("family"), rs.getString("bank"),
                rs.getString("name"), codes, Rupiah.of(rs.getLong("min_amount")), Rupiah.of(rs.getLong("max_amount")),
                Columns.stages(rs, "required_stages"), licences, rs.getInt("min_business_age_months"),
                rs.getInt("min_borrower_age"), maxBorrowerAge, rs.getInt("max_term_months"),
                rs.getBoolean("no_other_credit_required"), Columns.date(rs, "valid_from"), Columns.optionalDate(rs, "valid_until"));
    }
}
