package id.okoce.domain.partner;

import id.okoce.domain.shared.DomainException;
import id.okoce.domain.stage.Stage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Who a partner signs a cooperation agreement with, and which stages that kind can deliver. */
public enum CounterpartyKind {
    /** Provincial or local government (pemerintah daerah, SKPD): training, mentoring, licensing. */
    GOVERNMENT(EnumSet.of(Stage.TRAINING, Stage.MENTORING, Stage.LICENSING)),
    /** Universities and schools (lembaga pendidikan): training, mentoring. */
    EDUCATION(EnumSet.of(Stage.TRAINING, Stage.MENTORING)),
    /** Private companies (swasta): training, marketing. */
    PRIVATE(EnumSet.of(Stage.TRAINING, Stage.MARKETING)),
    /** A bank: access to capital. */
    BANK(EnumSet.of(Stage.CAPITAL));

    private final Set<Stage> deliverable;

    CounterpartyKind(Set<Stage> deliverable) {
        this.deliverable = Collections.unmodifiableSet(deliverable);
    }

    /** The stages an agreement with this kind of counterparty may enable. */
    public Set<Stage> deliverableStages() {
        return deliverable;
    }

    /** Parses a kind name, case-insensitively; refuses others with {@code COUNTERPARTY_KIND_UNKNOWN}. */
    public static CounterpartyKind parse(String raw) {
        if (raw != null) {
            String name = raw.strip().toUpperCase(Locale.ROOT);
            for (CounterpartyKind kind : values()) {
                if (kind.name().equals(name)) {
                    return kind;
                }
            }
        }
        throw new DomainException(PartnerError.COUNTERPARTY_KIND_UNKNOWN, "counterpartyKind",
                "counterpartyKind must be GOVERNMENT, EDUCATION, PRIVATE or BANK");
    }
}
