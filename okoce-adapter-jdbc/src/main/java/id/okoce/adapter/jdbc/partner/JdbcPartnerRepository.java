package id.okoce.adapter.jdbc.partner;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerArea;
import id.okoce.domain.partner.PartnerContact;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.partner.PartnerStatus;
import id.okoce.domain.partner.StandingChange;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** Partners in the {@code partners} table. */
public final class JdbcPartnerRepository implements PartnerRepository {

    private static final String INSERT = """
            INSERT INTO partners (id, name, brand, province, regencies, email, phone, status, status_reason, registered_on,
                                  status_changed_on, version)
            VALUES (:id, :name, :brand, :province, :regencies, :email, :phone, :status, :reason, :registeredOn, :changedOn, 1)
            ON CONFLICT (id) DO NOTHING""";
    private static final String UPDATE = """
            UPDATE partners SET name = :name, brand = :brand, province = :province, regencies = :regencies, email = :email,
                   phone = :phone,
                   status = :status, status_reason = :reason, registered_on = :registeredOn,
                   status_changed_on = :changedOn, version = version + 1
            WHERE id = :id AND version = :version""";

    private final JdbiTransactions transactions;

    /** A repository whose calls join {@code transactions}. */
    public JdbcPartnerRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static final String STANDING = """
            INSERT INTO partner_standing (partner_id, seq, status, on_day, reason)
            VALUES (:id, :seq, :status, :on, :reason)
            ON CONFLICT (partner_id, seq) DO NOTHING""";
    private static final String SELECT = """
            SELECT p.*, s.statuses, s.days, s.reasons FROM partners p
            CROSS JOIN LATERAL (SELECT array_agg(status ORDER BY seq) AS statuses, array_agg(on_day ORDER BY seq) AS days,
                                       array_agg(reason ORDER BY seq) AS reasons
                                FROM partner_standing WHERE partner_id = p.id) s
            """;

    @Override
    public Partner save(Partner partner) {
        return transactions.withHandle(h -> {
            int written = bind(h.createUpdate(partner.version() == 0 ? INSERT : UPDATE), partner).execute();
            if (written == 0) {
                throw new StaleVersionException("partner " + partner.id(), partner.version());
            }
            PreparedBatch batch = h.prepareBatch(STANDING);
            List<StandingChange> standing = partner.standing();
            for (int seq = 0; seq < standing.size(); seq++) {
                StandingChange change = standing.get(seq);
                batch.bind("id", partner.id().value()).bind("seq", seq).bind("status", change.status().name())
                        .bind("on", change.on()).bind("reason", change.reason().orElse(null)).add();
            }
            batch.execute();
            return partner.withVersion(partner.version() + 1);
        });
    }

    private static Update bind(Update update, Partner p) {
        return update.bind("id", p.id().value())
                .bind("name", p.name())
                .bind("brand", p.brand().orElse(null))
                .bind("province", p.province().value())
                .bind("regencies", p.area().regencies().stream().map(RegencyCode::digits).toArray(String[]::new))
                .bind("email", p.contact().email().map(EmailAddress::value).orElse(null))
                .bind("phone", p.contact().phone().map(PhoneNumber::e164).orElse(null))
                .bind("status", p.status().name())
                .bind("reason", p.statusReason().orElse(null))
                .bind("registeredOn", p.registeredOn())
                .bind("changedOn", p.statusChangedOn())
                .bind("version", p.version());
    }

    @Override
    public Optional<Partner> findById(PartnerId id) {
        return transactions.withHandle(h -> h.createQuery(SELECT + " WHERE p.id = :id")
                .bind("id", id.value()).map(JdbcPartnerRepository::map).findOne());
    }

    @Override
    public List<Partner> find(Optional<ProvinceCode> province, Optional<PartnerStatus> status) {
        String sql = SELECT + " WHERE true"
                + province.map(p -> " AND p.province = :province").orElse("")
                + status.map(s -> " AND p.status = :status").orElse("")
                + " ORDER BY p.registered_on, p.name COLLATE \"C\", p.id";
        return transactions.withHandle(h -> {
            Query query = h.createQuery(sql);
            province.ifPresent(p -> query.bind("province", p.value()));
            status.ifPresent(s -> query.bind("status", s.name()));
            return query.map(JdbcPartnerRepository::map).list();
        });
    }

    private static Partner map(ResultSet rs, StatementContext ctx) throws SQLException {
        Object[] statuses = (Object[]) rs.getArray("statuses").getArray();
        Object[] days = (Object[]) rs.getArray("days").getArray();
        Object[] reasons = (Object[]) rs.getArray("reasons").getArray();
        List<StandingChange> standing = new ArrayList<>(statuses.length);
        for (int i = 0; i < statuses.length; i++) {
            LocalDate day = days[i] instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(days[i].toString());
            standing.add(new StandingChange(PartnerStatus.valueOf((String) statuses[i]), day,
                    Optional.ofNullable((String) reasons[i])));
        }
        return Partner.restore(new PartnerId(Columns.uuid(rs, "id")), rs.getString("name"), Optional.ofNullable(rs.getString("brand")),
                area(ProvinceCode.of(rs.getString("province")), (Object[]) rs.getArray("regencies").getArray()),
                new PartnerContact(Optional.ofNullable(rs.getString("email")).map(EmailAddress::new),
                        Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::new)),
                standing, Columns.date(rs, "registered_on"), rs.getLong("version"));
    }

    private static PartnerArea area(ProvinceCode province, Object[] regencies) {
        Set<RegencyCode> codes = new HashSet<>();
        for (Object regency : regencies) {
            codes.add(RegencyCode.of((String) regency));
        }
        return PartnerArea.of(province, codes);
    }
}
