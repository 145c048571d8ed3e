package id.okoce.adapter.jdbc.member;

import id.okoce.adapter.jdbc.support.Columns;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.DuplicateNikException;
import id.okoce.application.port.out.MemberRepository;
import id.okoce.application.port.out.StaleVersionException;
import id.okoce.domain.identity.Nik;
import id.okoce.domain.identity.Sex;
import id.okoce.domain.member.ErasedMember;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberCriteria;
import id.okoce.domain.member.MemberCursor;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.member.MemberPage;
import id.okoce.domain.member.MergedMember;
import id.okoce.domain.member.NameQuery;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.region.RegencyCode;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Members in the {@code members} table; the report counters follow by trigger. A search by name
 * ranks the distinct name keys of {@code member_name_keys} by trigram likeness first (the 200
 * most alike), then reads the members holding them, best key first, each key's members in number
 * order — one indexed range per key, however many members share a common name.
 */
public final class JdbcMemberRepository implements MemberRepository {

    /** The most distinct names a search by name considers. */
    static final int NAME_KEYS = 200;

    private static final String INSERT = "INSERT INTO members (" + String.join(", ", MemberRows.COLUMNS) + ", version) VALUES ("
            + MemberRows.COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", 1) ON CONFLICT DO NOTHING";
    private static final String UPDATE = "UPDATE members SET "
            + MemberRows.COLUMNS.stream().filter(c -> !c.equals("id")).map(c -> c + " = :" + c).collect(Collectors.joining(", "))
            + ", version = version + 1 WHERE id = :id AND version = :version AND erased_on IS NULL";
    private static final String ERASE = """
            UPDATE members m SET nik_hash = NULL, nik_sealed = NULL, birth_key = NULL, full_name = NULL, name_key = NULL, phone = NULL,
                business_name = NULL, nib = NULL, p2_certificate = NULL, p3_note = NULL, p4_licence_type = NULL,
                p4_licence_number = NULL, p5_note = NULL, p6_note = NULL, p7_reference = NULL, erased_on = :on,
                version = m.version + 1
            FROM (SELECT id, name_key FROM members WHERE id = :id) old
            WHERE m.id = old.id AND m.version = :version AND m.erased_on IS NULL
            RETURNING old.name_key""";
    private static final String NAME_KEYS_LIKE = """
            SELECT key, round(similarity(key, :q) * 10000)::int AS score FROM member_name_keys
            WHERE key % :q OR key LIKE '%' || :q || '%' ORDER BY score DESC, key LIMIT""" + " " + NAME_KEYS;
    /** Activity on or after :since: a stage done, or an entry of the trail about the member or its import batch. */
    private static final String INACTIVE = " " + """
            WHERE erased_on IS NULL AND registered_on < :since
              AND coalesce(greatest(p2_on, p3_on, p4_on, p5_on, p6_on, p7_on), registered_on) < :since
              AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.member_id = members.id AND a.at >= :sinceInstant)
              AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.object_id = members.import_job::text AND a.at >= :sinceInstant)""";

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
        Optional<DuplicateNikException> holder = handle.createQuery(
                        "SELECT number_province, sequence, kecamatan FROM members WHERE nik_hash = :nik AND id <> :id")
                .bind("nik", rows.vault().hash(member.nik())).bind("id", member.id().value())
                .map((rs, ctx) -> new DuplicateNikException(new MemberNumber(ProvinceCode.of(rs.getString("number_province")),
                        rs.getLong("sequence")), KecamatanCode.of(rs.getString("kecamatan"))))
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
        return transactions.withHandle(h -> h.createQuery(MemberRows.SELECT
                        + " WHERE number_province = :province AND sequence = :sequence AND erased_on IS NULL")
                .bind("province", number.province().value()).bind("sequence", number.sequence())
                .map(rows::map).findOne());
    }

    private Optional<Member> one(String condition, Object value) {
        return transactions.withHandle(h -> h.createQuery(MemberRows.SELECT + " WHERE " + condition + " AND erased_on IS NULL")
                .bind("value", value).map(rows::map).findOne());
    }

    @Override
    public MemberPage find(MemberCriteria c) {
        if (c.name().isPresent()) {
            return findByName(c, c.name().get());
        }
        Optional<ProvinceCode> area = c.province().or(() -> c.regency().map(RegencyCode::province))
                .or(() -> c.kecamatan().map(KecamatanCode::province));
        String sql = area.isPresent() ? inProvince(c) : listed(c, "") + " ORDER BY number_province, sequence LIMIT :limit";
        List<Member> found = transactions.withHandle(h -> {
            Query query = h.createQuery(sql).bind("limit", c.limit() + 1);
            bind(c, query);
            area.ifPresent(p -> query.bind("area", p.value()));
            c.after().ifPresent(a -> query.bind("afterProvince", a.number().province().value()).bind("afterSequence", a.number().sequence()));
            return query.map(rows::map).list();
        });
        if (found.size() <= c.limit()) {
            return new MemberPage(found, Optional.empty());
        }
        List<Member> page = found.subList(0, c.limit());
        return new MemberPage(page, Optional.of(MemberCursor.after(page.get(page.size() - 1).number())));
    }

    /** The members matching {@code c} and {@code more}, after its cursor, unordered. */
    private static String listed(MemberCriteria c, String more) {
        StringBuilder sql = new StringBuilder(MemberRows.SELECT).append(" WHERE erased_on IS NULL").append(more);
        filters(c, sql);
        c.after().ifPresent(a -> sql.append(" AND (number_province, sequence) > (:afterProvince, :afterSequence)"));
        return sql.toString();
    }

    /**
     * A page of one province's members in number order: those numbered there, from the number's
     * own index, merged with those who moved in from elsewhere, from the small index of movers.
     */
    private static String inProvince(MemberCriteria c) {
        return "SELECT * FROM ((" + listed(c, " AND province = :area AND number_province = :area")
                + " ORDER BY number_province, sequence LIMIT :limit) UNION ALL ("
                + listed(c, " AND province = :area AND number_province <> province")
                + " ORDER BY number_province, sequence LIMIT :limit)) page ORDER BY number_province, sequence LIMIT :limit";
    }

    private static void filters(MemberCriteria c, StringBuilder sql) {
        c.province().ifPresent(p -> sql.append(" AND province = :province"));
        c.regency().ifPresent(r -> sql.append(" AND province = :regencyProvince AND left(kecamatan, 4) = :regency"));
        if (!c.regencies().isEmpty()) {
            sql.append(" AND left(kecamatan, 4) = ANY(:regencies)");
        }
        c.kecamatan().ifPresent(k -> sql.append(" AND kecamatan = :kecamatan"));
        c.stageReached().ifPresent(s -> sql.append(" AND p").append(s.number()).append("_on IS NOT NULL"));
        c.registeredBy().ifPresent(p -> sql.append(" AND registered_by = :partner"));
        c.nik().ifPresent(n -> sql.append(" AND nik_hash = :nikHash"));
        c.number().ifPresent(n -> sql.append(" AND number_province = :numberProvince AND sequence = :numberSequence"));
        c.phone().ifPresent(p -> sql.append(" AND phone = :phone"));
    }

    private void bind(MemberCriteria c, Query query) {
        c.province().ifPresent(p -> query.bind("province", p.value()));
        c.regency().ifPresent(r -> query.bind("regencyProvince", r.province().value()).bind("regency", r.digits()));
        c.kecamatan().ifPresent(k -> query.bind("kecamatan", k.digits()));
        if (!c.regencies().isEmpty()) {
            query.bindArray("regencies", String.class, c.regencies().stream().map(RegencyCode::digits).toList());
        }
        c.registeredBy().ifPresent(p -> query.bind("partner", p.value()));
        c.nik().ifPresent(n -> query.bind("nikHash", rows.vault().hash(n)));
        c.number().ifPresent(n -> query.bind("numberProvince", n.province().value()).bind("numberSequence", n.sequence()));
        c.phone().ifPresent(p -> query.bind("phone", p.e164()));
    }

    /** The best-scoring name keys, then each score's members in number order, until the page is full. */
    private MemberPage findByName(MemberCriteria c, NameQuery name) {
        return transactions.withHandle(h -> {
            Map<Integer, List<String>> keysByScore = new LinkedHashMap<>();
            h.createQuery(NAME_KEYS_LIKE).bind("q", name.key())
                    .map((rs, ctx) -> keysByScore.computeIfAbsent(rs.getInt("score"), s -> new ArrayList<>()).add(rs.getString("key")))
                    .list();
            List<Member> found = new ArrayList<>();
            List<Integer> scores = new ArrayList<>();
            for (Map.Entry<Integer, List<String>> group : keysByScore.entrySet()) {
                int score = group.getKey();
                Optional<MemberNumber> after = Optional.empty();
                if (c.after().isPresent()) {
                    int cursorScore = c.after().get().score().orElse(Integer.MAX_VALUE);
                    if (score > cursorScore) {
                        continue;
                    }
                    if (score == cursorScore) {
                        after = Optional.of(c.after().get().number());
                    }
                }
                String sql = ofNames(c, group.getValue().size(), after.isPresent());
                Query query = h.createQuery(sql).bind("limit", c.limit() + 1 - found.size());
                for (int i = 0; i < group.getValue().size(); i++) {
                    query.bind("key" + i, group.getValue().get(i));
                }
                bind(c, query);
                after.ifPresent(a -> query.bind("afterProvince", a.province().value()).bind("afterSequence", a.sequence()));
                for (Member member : query.map(rows::map).list()) {
                    found.add(member);
                    scores.add(score);
                }
                if (found.size() > c.limit()) {
                    break;
                }
            }
            if (found.size() <= c.limit()) {
                return new MemberPage(found, Optional.empty());
            }
            int last = c.limit() - 1;
            return new MemberPage(found.subList(0, c.limit()),
                    Optional.of(new MemberCursor(OptionalInt.of(scores.get(last)), found.get(last).number())));
        });
    }

    /**
     * The members holding any of {@code keys} names (bound as {@code :key0}…), in number order:
     * each name's members come in that order from the name's own index range, and are merged.
     */
    private static String ofNames(MemberCriteria c, int keys, boolean after) {
        List<String> ranges = new ArrayList<>(keys);
        for (int i = 0; i < keys; i++) {
            StringBuilder sql = new StringBuilder("(").append(MemberRows.SELECT).append(" WHERE erased_on IS NULL AND name_key = :key")
                    .append(i);
            filters(c, sql);
            if (after) {
                sql.append(" AND (number_province, sequence) > (:afterProvince, :afterSequence)");
            }
            ranges.add(sql.append(" ORDER BY number_province, sequence LIMIT :limit)").toString());
        }
        return keys == 1 ? ranges.get(0)
                : "SELECT * FROM (" + String.join(" UNION ALL ", ranges) + ") names ORDER BY number_province, sequence LIMIT :limit";
    }

    @Override
    public void erase(ErasedMember remains, long version) {
        transactions.withHandle(h -> {
            String key = h.createQuery(ERASE).bind("on", remains.erasedOn()).bind("id", remains.id().value())
                    .bind("version", version).mapTo(String.class).findOne()
                    .orElseThrow(() -> new StaleVersionException("member " + remains.id(), version));
            // a name held by no one any more leaves the index of names too
            h.createUpdate(MemberRows.FORGET_NAME_KEY).bind("key", key).execute();
            return null;
        });
    }

    @Override
    public Optional<ErasedMember> findErased(MemberId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT * FROM members WHERE id = :id AND erased_on IS NOT NULL")
                .bind("id", id.value())
                .map((rs, ctx) -> {
                    Map<Stage, LocalDate> done = new EnumMap<>(Stage.class);
                    for (Stage stage : Stage.values()) {
                        LocalDate on = Columns.date(rs, "p" + stage.number() + "_on");
                        if (on != null) {
                            done.put(stage, on);
                        }
                    }
                    return new ErasedMember(id, new MemberNumber(ProvinceCode.of(rs.getString("number_province")), rs.getLong("sequence")),
                            KecamatanCode.of(rs.getString("kecamatan")), rs.getString("sex").equals("F") ? Sex.FEMALE : Sex.MALE,
                            rs.getInt("birth_year"), Columns.date(rs, "registered_on"),
                            Optional.ofNullable(Columns.uuid(rs, "registered_by")).map(PartnerId::new), done,
                            Columns.date(rs, "erased_on"));
                }).findOne());
    }

    @Override
    public Optional<MergedMember> findMerged(MemberId id) {
        return transactions.withHandle(h -> h.createQuery("""
                        SELECT mm.*, s.number_province AS survivor_province, s.sequence AS survivor_sequence
                        FROM member_merges mm JOIN members s ON s.id = mm.survivor_id WHERE mm.merged_id = :id""")
                .bind("id", id.value())
                .map((rs, ctx) -> new MergedMember(id,
                        new MemberNumber(ProvinceCode.of(rs.getString("number_province")), rs.getLong("sequence")),
                        KecamatanCode.of(rs.getString("kecamatan")), new MemberId(Columns.uuid(rs, "survivor_id")),
                        new MemberNumber(ProvinceCode.of(rs.getString("survivor_province")), rs.getLong("survivor_sequence")),
                        Columns.date(rs, "merged_on")))
                .findOne());
    }

    @Override
    public List<Member> inactiveSince(LocalDate since, int limit) {
        return transactions.withHandle(h -> h.createQuery(MemberRows.SELECT + INACTIVE
                        + " ORDER BY registered_on, number_province, sequence LIMIT :limit")
                .bind("since", since).bind("sinceInstant", since.atStartOfDay(ZoneId.of("Asia/Jakarta")).toOffsetDateTime())
                .bind("limit", limit).map(rows::map).list());
    }

    @Override
    public Map<ProvinceCode, Long> countInactiveSince(LocalDate since) {
        Map<ProvinceCode, Long> counts = new LinkedHashMap<>();
        transactions.withHandle(h -> h.createQuery("SELECT province, count(*) AS n FROM members" + INACTIVE + " GROUP BY province ORDER BY 1")
                .bind("since", since).bind("sinceInstant", since.atStartOfDay(ZoneId.of("Asia/Jakarta")).toOffsetDateTime())
                .map((rs, ctx) -> counts.put(ProvinceCode.of(rs.getString("province")), rs.getLong("n"))).list());
        return counts;
    }
}
