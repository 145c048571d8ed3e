package id.okoce.application.port.in.partner;

import id.okoce.domain.access.Actor;
import id.okoce.domain.partner.CounterpartyKind;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.stage.Stage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Record a cooperation agreement.
 *
 * @param actor            who asks
 * @param partnerId        the partner that signed it
 * @param counterpartyKind government, education, private or bank
 * @param counterpartyName e.g. "Dinas KUMKM Jawa Barat"
 * @param stages           the stages it enables
 * @param validFrom        first day in force
 * @param validUntil       last day in force, if it ends
 */
public record RecordAgreementCommand(Actor actor, PartnerId partnerId, CounterpartyKind counterpartyKind,
                                     String counterpartyName, Set<Stage> stages, LocalDate validFrom,
                                     Optional<LocalDate> validUntil) {

    /** Checks every part is present. */
    public RecordAgreementCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(counterpartyKind, "counterpartyKind");
        stages = Set.copyOf(stages);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}
