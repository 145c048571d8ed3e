package id.okoce.adapter.jdbc.member;

import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.region.ProvinceCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Members in the {@code members} table; the report counters follow by trigger. */
public final class JdbcMemberRepository implements MemberRepository {

    private static final String INSERT = "INSERT INTO members (" + String.join(", ", MemberRows.COLUMNS) + ", version) VALUES ("
            + MemberRows.COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", 1) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE members SET "
            + MemberRows.COLUMNS.stream().filter(c -> !c.equals("id")).map(c -> c + " = :" + c).collect(Collectors.joining(", "))
            + ", version = version + 1 WHERE id = :id AND version = :version";

    private final JdbiTransactions transactions;
    private final MemberRows rows;

    /** A repository whose calls join {@code transactions}, keeping NIKs through {@code rows}' vault. */
    public JdbcMemberRepository(JdbiTransactions transactions, MemberRows rows) {
        this.transactions = transactions;
        this.rows = rows;
    }

    @Override
    public Member save(Member member) {
        Map<String, Object> values = rows.values(member);
        return transactions.withHandle(handle -> {
            if (member.version() == 0) {
                int inserted = handle.createUpdate(INSERT).bindMap(values).execute();
                if (inserted == 0) {
                    throw conflict(handle, member);
                }
            } else {
                int updated = handle.createUpdate(UPDATE).bindMap(values).bind("version", member.version()).execute();
                if (updated == 0) {
                    throw new StaleVersionException("member " + member.id(), member.version());
                }
            }
            return member.withVersion(member.version() + 1);
        });
    }

    private RuntimeException conflict(Handle handle, Member member) {
        Optional<DuplicateNikException> holder = handle.createQuery("SELECT province, sequence FROM members WHERE nik_hash = :nik AND id <> :id")
                .bind("nik", rows.vault().hash(member.nik())).bind("id", member.id().value())
                .map((rs, ctx) -> {
                    ProvinceCode province = ProvinceCode.of(rs.getString("province"));
                    return new DuplicateNikException(new MemberNumber(province, rs.getLong("sequence")), province);
                })
                .findOne();
        if (holder.isPresent()) {
            return holder.get();
        }
        return new StaleVersionException("member " + member.id() + " (" + member.number() + ")", 0);
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return one("id = :value", id.value());
    }

    @Override
    public Optional<Member> findByNik(Nik nik) {
        return one("nik_hash = :value", rows.vault().hash(nik));
    }

    @Override
    public Optional<Member> findByNumber(MemberNumber number) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM members WHERE province = :province AND sequence = :sequence")
                .bind("province", number.province().value()).bind("sequence", number.sequence())
                .map(rows::map).findOne());
    }

    private Optional<Member> one(String condition, Object value) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM members WHERE " + condition)
                .bind("value", value).map(rows::map).findOne());
    }

    @Override
    public MemberPage find(MemberCriteria c) {
        StringBuilder sql = new StringBuilder("SELECT * FROM members WHERE true");
        c.province().ifPresent(p -> sql.append(" AND province = :province"));
        c.regency().ifPresent(r -> sql.append(" AND province = :regencyProvince AND left(kecamatan, 4) = :regency"));
        c.kecamatan().ifPresent(k -> sql.append(" AND kecamatan = :kecamatan"));
        c.stageReached().ifPresent(s -> sql.append(" AND p").append(s.number()).append("_on IS NOT NULL"));
        c.registeredBy().ifPresent(p -> sql.append(" AND registered_by = :partner"));
        c.after().ifPresent(a -> sql.append(" AND (province, sequence) > (:afterProvince, :afterSequence)"));
        sql.append(" ORDER BY province, sequence LIMIT :limit");
        List<Member> found = transactions.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", c.limit() + 1);
            c.province().ifPresent(p -> query.bind("province", p.value()));
            c.regency().ifPresent(r -> query.bind("regencyProvince", r.province().value()).bind("regency", r.digits()));
            c.kecamatan().ifPresent(k -> query.bind("kecamatan", k.digits()));
            c.registeredBy().ifPresent(p -> query.bind("partner", p.value()));
            c.after().ifPresent(a -> query.bind("afterProvince", a.province().value()).bind("afterSequence", a.sequence()));
            return query.map(rows::map).list();
        });
        if (found.size() <= c.limit()) {
            return new MemberPage(found, Optional.empty());
        }
        List<Member> page = found.subList(0, c.limit());
        return new MemberPage(page, Optional.of(page.get(page.size() - 1).number()));
    }
}
