package id.okoce.adapter.jdbc;

import id.okoce.adapter.jdbc.access.JdbcIdempotencyStore;
import id.okoce.adapter.jdbc.access.JdbcTokenRepository;
import id.okoce.adapter.jdbc.access.TokenCache;
import id.okoce.adapter.jdbc.audit.JdbcAuditTrail;
import id.okoce.adapter.jdbc.audit.JdbcReadRecords;
import id.okoce.adapter.jdbc.crypto.NikVault;
import id.okoce.adapter.jdbc.duplicate.JdbcDuplicateRegister;
import id.okoce.adapter.jdbc.event.JdbcEventLog;
import id.okoce.adapter.jdbc.event.JdbcWebhookStore;
import id.okoce.adapter.jdbc.financing.JdbcFinancingProductRepository;
import id.okoce.adapter.jdbc.financing.JdbcFinancingRepository;
import id.okoce.adapter.jdbc.imports.JdbcImportJobRepository;
import id.okoce.adapter.jdbc.imports.JdbcMemberImportStore;
import id.okoce.adapter.jdbc.member.JdbcIdentitySource;
import id.okoce.adapter.jdbc.member.JdbcMemberRepository;
import id.okoce.adapter.jdbc.member.MemberRows;
import id.okoce.adapter.jdbc.partner.JdbcAgreementRepository;
import id.okoce.adapter.jdbc.partner.JdbcPartnerRepository;
import id.okoce.adapter.jdbc.report.JdbcNetworkStatistics;
import id.okoce.adapter.jdbc.support.JdbiTransactions;
import id.okoce.application.port.out.DuplicateRegister;
import id.okoce.application.port.out.EventLog;
import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.port.out.WebhookStore;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Every outbound port on one PostgreSQL database. */
public final class PostgresAdapters {

    private PostgresAdapters() {
    }

    /**
     * The ports over {@code dataSource}, whose schema must be migrated ({@link PostgresDatabase#migrate});
     * NIKs are kept through {@code vault}, and every token lookup reads the database.
     */
    public static OutboundPorts create(DataSource dataSource, NikVault vault) {
        return create(dataSource, vault, Optional.empty());
    }

    /**
     * The ports over {@code dataSource}, keeping NIKs through {@code vault} and token lookups in
     * {@code tokenCache} when present (see {@link TokenCache}; the caller closes it). The read
     * records are stored by writer threads of their own ({@link JdbcReadRecords}): close
     * {@code reads()} (it is {@link AutoCloseable}) before the pool, so that what waits is stored.
     */
    public static OutboundPorts create(DataSource dataSource, NikVault vault, Optional<TokenCache> tokenCache) {
        JdbiTransactions transactions = new JdbiTransactions(Jdbi.create(dataSource));
        MemberRows rows = new MemberRows(vault);
        return new OutboundPorts(new JdbcMemberRepository(transactions, rows), new JdbcPartnerRepository(transactions),
                new JdbcAgreementRepository(transactions), new JdbcFinancingProductRepository(transactions),
                new JdbcFinancingRepository(transactions), new JdbcNetworkStatistics(transactions), transactions,
                new JdbcIdentitySource(transactions), new JdbcTokenRepository(transactions, tokenCache), new JdbcIdempotencyStore(transactions),
                new JdbcMemberImportStore(dataSource, rows), new JdbcImportJobRepository(dataSource), new JdbcAuditTrail(transactions),
                new JdbcReadRecords(dataSource));
    }

    /** The event feed over {@code dataSource}, whose outbox the audit trail of {@link #create} fills. */
    public static EventLog events(DataSource dataSource) {
        return new JdbcEventLog(new JdbiTransactions(Jdbi.create(dataSource)));
    }

    /**
     * The duplicate register beside {@code ports} (made by {@link #create}): it shares their
     * transactions, so the pairs a registration opens are written in the registration's own.
     */
    public static DuplicateRegister duplicates(OutboundPorts ports, NikVault vault) {
        return new JdbcDuplicateRegister((JdbiTransactions) ports.transactions(), vault);
    }

    /** The webhook endpoints over {@code dataSource}. */
    public static WebhookStore webhooks(DataSource dataSource) {
        return new JdbcWebhookStore(new JdbiTransactions(Jdbi.create(dataSource)));
    }
}
