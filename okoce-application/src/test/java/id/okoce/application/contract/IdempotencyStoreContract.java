package id.okoce.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.application.port.out.IdempotencyStore.Outcome;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link id.okoce.application.port.out.IdempotencyStore}. */
public abstract class IdempotencyStoreContract extends PortContract {

    @Test
    void the_first_outcome_for_a_key_wins_and_keys_are_scoped() {
        String key = UUID.randomUUID().toString();
        Outcome created = new Outcome("f1", 201, "{\"id\":1}", Optional.of("/api/v1/members/1"));
        assertThat(ports.idempotency().find("caller-a", key)).isEmpty();
        assertThat(ports.idempotency().remember("caller-a", key, created)).isTrue();
        assertThat(ports.idempotency().remember("caller-a", key, new Outcome("f2", 409, "{}", Optional.empty()))).isFalse();
        assertThat(ports.idempotency().find("caller-a", key)).contains(created);
        assertThat(ports.idempotency().find("caller-b", key)).isEmpty();
        Outcome noLocation = new Outcome("f3", 200, "{}", Optional.empty());
        ports.idempotency().remember("caller-b", key, noLocation);
        assertThat(ports.idempotency().find("caller-b", key)).contains(noLocation);
    }
}
