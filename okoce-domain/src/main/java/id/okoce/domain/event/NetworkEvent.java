package id.okoce.domain.event;

import id.okoce.domain.audit.AuditEntry;
import id.okoce.domain.audit.FieldChange;
import id.okoce.domain.region.ProvinceCode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Something that happened in the network, as others may be told of it: its type, when, the province
 * it concerns, the object it concerns, and a thin payload of ids, codes and dates. A receiver fetches
 * details through the API with its own token and scope; a NIK, a name or a phone never travels in an
 * event.
 *
 * @param type     e.g. {@code member.registered}
 * @param at       when it happened
 * @param province the province it concerns, if any
 * @param objectId the object it concerns (a member, a partner, an agreement, an import job…)
 * @param memberId the member it concerns, if any
 * @param payload  ids, codes and dates only
 */
public record NetworkEvent(String type, Instant at, Optional<ProvinceCode> province, String objectId, Optional<String> memberId,
                           Map<String, String> payload) {

    /**
     * The fields of a change an event may carry: codes, dates, statuses and ids. Anything else a
     * change names (names, phones, the NIK, business names, free text) stays out.
     */
    public static final Set<String> CARRIED = Set.of("stage", "completedOn", "withdrawnOn", "kecamatan", "province", "status", "on",
            "registeredOn", "registeredBy", "partnerId", "productId", "financingId", "amount", "termMonths", "grantedOn", "reason",
            "validFrom", "validUntil", "stages", "counterpartyKind", "regencies", "inserted", "refused", "alreadyPresent", "mode",
            "firstMemberId", "lastMemberId", "business.sector", "mergedMemberId", "mergedNumber", "stagesGained",
            "financingsMoved");

    /** Checks the parts and copies the payload. */
    public NetworkEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(memberId, "memberId");
        for (String field : payload.keySet()) {
            if (!CARRIED.contains(field)) {
                throw new IllegalArgumentException("an event does not carry " + field);
            }
        }
        payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }

    /**
     * The event a recorded change makes, if it makes one: tokens, and the per-batch entries of an
     * import (which makes one {@code import.completed} at its end instead), make none.
     */
    public static Optional<NetworkEvent> of(AuditEntry entry) {
        Optional<String> type = typeOf(entry);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> payload = new LinkedHashMap<>();
        for (FieldChange change : entry.changes()) {
            if (!change.personal() && CARRIED.contains(change.field()) && change.after().isPresent()) {
                payload.put(change.field(), change.after().get());
            }
        }
        for (FieldChange change : entry.changes()) {
            // a stage's change is recorded as stages.P2.completedOn: the stage and its day (before, when withdrawn)
            if (change.field().startsWith("stages.") && change.field().endsWith(".completedOn")) {
                payload.put("stage", change.field().substring("stages.".length(), change.field().length() - ".completedOn".length()));
                change.after().or(change::before).ifPresent(day -> payload.put("completedOn", day));
            }
        }
        return Optional.of(new NetworkEvent(type.get(), entry.at(), entry.province(), entry.objectId(),
                entry.member().map(Object::toString), payload));
    }

    private static Optional<String> typeOf(AuditEntry entry) {
        String status = entry.changes().stream().filter(c -> c.field().equals("status")).findFirst()
                .flatMap(FieldChange::after).orElse("");
        return Optional.ofNullable(switch (entry.action()) {
            case MEMBER_REGISTERED -> "member.registered";
            case MEMBER_CORRECTED -> "member.corrected";
            case MEMBER_TRANSFERRED -> "member.transferred";
            case MEMBER_ERASED -> "member.erased";
            case MEMBER_MERGED -> "member.merged";
            case STAGE_COMPLETED -> "stage.completed";
            case STAGE_WITHDRAWN -> "stage.withdrawn";
            case FINANCING_RECORDED -> "financing.recorded";
            case FINANCING_REFUSED -> "financing.refused";
            case PARTNER_REGISTERED -> "partner.registered";
            case PARTNER_EDITED -> "partner.edited";
            case PARTNER_VALIDATED -> status.equals("REJECTED") ? "partner.rejected" : "partner.validated";
            case PARTNER_STANDING_CHANGED -> status.equals("SUSPENDED") ? "partner.suspended" : "partner.reinstated";
            case AGREEMENT_RECORDED -> "agreement.signed";
            case AGREEMENT_ENDED -> "agreement.ended";
            case AGREEMENT_AMENDED -> "agreement.amended";
            case PRODUCT_DEFINED -> "product.defined";
            case PRODUCT_ENDED -> "product.ended";
            case IMPORT_COMPLETED -> "import.completed";
            case MEMBERS_IMPORTED, TOKEN_ISSUED, TOKEN_REVOKED, DUPLICATE_RESOLVED -> null;
        });
    }

    /** Every type an event may have, for a webhook's subscription. */
    public static final Set<String> TYPES = Set.of("member.registered", "member.corrected", "member.transferred", "member.erased",
            "member.merged", "stage.completed", "stage.withdrawn", "financing.recorded", "financing.refused", "partner.registered", "partner.edited",
            "partner.validated", "partner.rejected", "partner.suspended", "partner.reinstated", "agreement.signed", "agreement.ended",
            "agreement.amended", "product.defined", "product.ended", "import.completed");
}
