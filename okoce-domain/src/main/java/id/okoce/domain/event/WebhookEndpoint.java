package id.okoce.domain.event;

import id.okoce.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where events are delivered, for whom, and how delivery stands.
 *
 * @param id               its id
 * @param owner            the partner it belongs to; empty for the hub's
 * @param url              where events are POSTed
 * @param types            the event types delivered (all when empty)
 * @param description      what it is for
 * @param secret           the signing secret in force
 * @param previousSecret   the secret before the last rotation, still signing until {@code previousUntil}
 * @param previousUntil    the end of the rotation's overlap
 * @param createdAt        when it was registered
 * @param deliveredThrough the id of the last event delivered (or passed over as not for it)
 * @param failures         failed attempts in a row
 * @param failingSince     when the current run of failures began
 * @param nextAttemptAt    when delivery is tried next
 * @param disabledAt       when it was disabled for failing too long
 * @param disabledReason   why
 */
public record WebhookEndpoint(UUID id, Optional<PartnerId> owner, String url, Set<String> types, String description, String secret,
                              Optional<String> previousSecret, Optional<Instant> previousUntil, Instant createdAt,
                              long deliveredThrough, int failures, Optional<Instant> failingSince, Instant nextAttemptAt,
                              Optional<Instant> disabledAt, Optional<String> disabledReason) {

    /** Checks the parts and copies the types. */
    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        types = Set.copyOf(types);
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(previousSecret, "previousSecret");
        Objects.requireNonNull(previousUntil, "previousUntil");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(disabledAt, "disabledAt");
        Objects.requireNonNull(disabledReason, "disabledReason");
    }

    /** Whether it wants events of {@code type}. */
    public boolean wants(String type) {
        return types.isEmpty() || types.contains(type);
    }

    /** The secrets a delivery at {@code now} is signed with: the one in force, and the previous during the overlap. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret.isPresent() && previousUntil.filter(now::isBefore).isPresent()) {
            return List.of(secret, previousSecret.get());
        }
        return List.of(secret);
    }
}
