package id.okoce.application.contract;

import static id.okoce.domain.testdata.MemberBuilder.aMember;

import id.okoce.application.port.out.OutboundPorts;
import id.okoce.domain.member.Member;
import id.okoce.domain.partner.Partner;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.region.KecamatanCode;
import id.okoce.domain.stage.Stage;
import id.okoce.domain.testdata.MemberBuilder;
import id.okoce.domain.testdata.Niks;
import id.okoce.domain.testdata.PartnerBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;

/** What every port contract shares: the adapters under test and ways to make fresh test data. */
public abstract class PortContract {

    /** The day the contracts pretend it is. */
    protected static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    /** The adapters under test, fetched before each test. */
    protected OutboundPorts ports;

    /**
     * The adapters to test. May return the same instances every time (storage need not be empty),
     * but they must share one {@code Transactions}.
     */
    protected abstract OutboundPorts adapters();

    @BeforeEach
    final void fetchAdapters() {
        ports = adapters();
    }

    /** A new, unsaved member living in {@code kecamatan}, with a random NIK and a number from the identity source. */
    protected MemberBuilder member(String kecamatan) {
        KecamatanCode code = KecamatanCode.of(kecamatan);
        return aMember().inKecamatan(kecamatan).withId(ports.identities().newMemberId()).withNik(Niks.random())
                .withSequence(ports.identities().nextMemberNumber(code.province()).sequence());
    }

    /** A member saved in {@code kecamatan}, registered by {@code partner}, with P1 to {@code upTo} done. */
    protected Member savedMember(String kecamatan, PartnerId partner, Stage upTo) {
        return ports.members().save(member(kecamatan).registeredBy(partner).withStagesUpTo(upTo).build());
    }

    /** The id of a freshly saved partner, to register members by (stores may keep a foreign key). */
    protected PartnerId registeringPartner() {
        return savedPartner("31").id();
    }

    /** A new, unsaved partner in {@code province}. */
    protected PartnerBuilder partner(String province) {
        return PartnerBuilder.aPartner().inProvince(province).withId(ports.identities().newPartnerId());
    }

    /** A partner saved (validated) in {@code province}. */
    protected Partner savedPartner(String province) {
        return ports.partners().save(partner(province).validated().build());
    }
}
