package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.okoce.application.port.out.OutboundPorts;
import id.okoce.application.service.ConcurrentStageCompletionTest;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingCatalogue;
import id.okoce.domain.financing.Rupiah;
import id.okoce.domain.member.Member;
import id.okoce.domain.member.MemberNumber;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.region.ProvinceCode;
import id.okoce.domain.stage.Stage;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The whole contract kit, through one entry point: extend this class, return your ports from
 * {@link #adapters()}, and every port's contract runs against them — a fork cannot miss one (a
 * test of the kit checks that every port of {@link OutboundPorts} has its contract here). Give
 * {@link #reopened()} too, and the kit also checks that what was saved survives reopening your
 * store and that member numbers continue after it.
 */
public abstract class OutboundPortsContract {

    /** The ports to check; they may be the same instances every time (storage need not be empty). */
    protected abstract OutboundPorts adapters();

    /**
     * New adapter instances on the same storage, as after a restart (a new connection, the files
     * read again); empty when the store does not outlive its adapters (memory), and the reopening
     * checks are skipped.
     */
    protected Optional<OutboundPorts> reopened() {
        return Optional.empty();
    }

    /** Each contract class, fed the ports of the enclosing kit. */
    @Nested
    class Members extends MemberRepositoryContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Partners extends PartnerRepositoryContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Agreements extends AgreementRepositoryContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Products extends FinancingProductRepositoryContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Financings extends FinancingRepositoryContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Statistics extends NetworkStatisticsContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class TransactionsPort extends TransactionsContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Identities extends IdentitySourceContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Tokens extends TokenRepositoryContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Idempotency extends IdempotencyStoreContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Imports extends MemberImportStoreContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class ImportJobs extends ImportJobRepositoryContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    @Nested
    class Reads extends ReadRecordsContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }
    }

    /** Eight threads race to complete each stage of one member at one version: one wins each time, no update is lost. */
    @Nested
    class ConcurrentStages extends ConcurrentStageCompletionTest {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }

        @Test
        void one_completion_wins_each_race_and_none_is_lost() throws Exception {
            race();
        }
    }

    /** What was saved survives reopening the store, and numbers continue after it. */
    @Nested
    class Reopening extends PortContract {
        @Override
        protected OutboundPorts adapters() {
            return OutboundPortsContract.this.adapters();
        }

        private OutboundPorts reopen() {
            Optional<OutboundPorts> again = OutboundPortsContract.this.reopened();
            assumeTrue(again.isPresent(), "this store does not outlive its adapters; reopening is not checked");
            return again.get();
        }

        @Test
        void every_kind_of_record_saved_is_there_after_reopening() {
            Partner partner = savedPartner("32");
            Member member = savedMember("32.73.01", partner.id(), Stage.LICENSING);
            ports.products().add(FinancingCatalogue.builtIn().get(0));
            Financing financing = new Financing(ports.identities().newFinancingId(), member.id(),
                    FinancingCatalogue.builtIn().get(0).id(), Rupiah.of(1_000_000), TODAY, 12, "REF-REOPEN");
            ports.transactions().run(() -> ports.financings().add(financing));
            ApiToken token = new ApiToken(TokenId.random(), Role.HUB_ADMIN, Optional.empty(), Optional.empty(),
                    HexFormat.of().formatHex(java.security.SecureRandom.getSeed(32)),
                    Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());
            ports.tokens().add(token);
            Map<ProvinceCode, Long> counted = ports.statistics().membersByProvince();

            OutboundPorts again = reopen();
            assertThat(again.members().findById(member.id())).as("a saved member is read back whole after reopening").contains(member);
            assertThat(again.members().findByNik(member.nik())).as("and found by its NIK").contains(member);
            assertThat(again.partners().findById(partner.id())).as("a saved partner is there after reopening").contains(partner);
            assertThat(again.financings().findByMember(member.id())).as("recorded financing is there").contains(financing);
            assertThat(again.tokens().findById(token.id())).as("an issued token is there").contains(token);
            assertThat(again.statistics().membersByProvince().get(ProvinceCode.of("32")))
                    .as("the report counters are the same after reopening").isEqualTo(counted.get(ProvinceCode.of("32")));
        }

        @Test
        void member_numbers_continue_after_reopening_and_never_repeat() {
            ProvinceCode bali = ProvinceCode.of("51");
            MemberNumber before = ports.identities().nextMemberNumber(bali);
            Member stored = ports.members().save(member("51.71.01").withSequence(ports.identities().nextMemberNumber(bali).sequence())
                    .build());
            MemberNumber after = reopen().identities().nextMemberNumber(bali);
            assertThat(after).as("a reopened identity source gives numbers above every number given before").isGreaterThan(before)
                    .isGreaterThan(stored.number());
        }
    }
}
