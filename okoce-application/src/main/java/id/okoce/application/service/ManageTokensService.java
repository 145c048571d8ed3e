package id.okoce.application.service;

import id.okoce.application.ApplicationError;
import id.okoce.application.port.in.access.IssuedToken;
import id.okoce.application.port.in.access.ManageTokensUseCase;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.TokenRepository;
import id.okoce.application.port.out.Transactions;
import id.okoce.domain.access.AccessError;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.access.Role;
import id.okoce.domain.access.TokenId;
import id.okoce.domain.partner.PartnerError;
import id.okoce.domain.partner.PartnerId;
import id.okoce.domain.shared.DomainException;
import java.security.SecureRandom;
import id.okoce.domain.audit.AuditAction;
import id.okoce.domain.audit.FieldChange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Base64;
import java.util.Optional;

/** Issues and revokes API tokens, keeping only the hash of each secret. */
public final class ManageTokensService implements ManageTokensUseCase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenRepository tokens;
    private final PartnerRepository partners;
    private final Transactions transactions;
    private final Accounting accounting;
    private final Clock clock;

    /** Wires the service. */
    public ManageTokensService(TokenRepository tokens, PartnerRepository partners, Transactions transactions, Accounting accounting,
                               Clock clock) {
        this.tokens = tokens;
        this.partners = partners;
        this.transactions = transactions;
        this.accounting = accounting;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(Actor actor, Role role, Optional<PartnerId> partner, Optional<String> bank) {
        actor.requireRole("issue tokens", Role.HUB_ADMIN);
        return transactions.inTransaction(() -> {
            partner.ifPresent(id -> {
                var found = partners.findById(id).orElseThrow(() ->
                        new DomainException(ApplicationError.PARTNER_NOT_FOUND, "partnerId", "no partner " + id));
                if (!found.mayUseOkOceName()) {
                    throw new DomainException(PartnerError.PARTNER_NOT_VALIDATED, "partnerId",
                            "tokens are issued to VALIDATED partners only; this one is " + found.status());
                }
            });
            return store(actor, role, partner, bank.map(String::strip));
        });
    }

    private IssuedToken store(Actor actor, Role role, Optional<PartnerId> partner, Optional<String> bank) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "okoce_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(TokenId.random(), role, partner, bank, TokenHashes.sha256(secret), clock.instant(),
                Optional.empty());
        tokens.add(token);
        accounting.changed(actor, AuditAction.TOKEN_ISSUED, token.id().toString(), Optional.empty(),
                List.of(FieldChange.of("role", null, role), FieldChange.of("partnerId", null, partner.orElse(null)),
                        FieldChange.of("bank", null, bank.orElse(null))), Optional.empty());
        return new IssuedToken(token, secret);
    }

    @Override
    public void revoke(Actor actor, TokenId id) {
        actor.requireRole("revoke tokens", Role.HUB_ADMIN);
        if (!transactions.inTransaction(() -> {
            Instant now = clock.instant();
            boolean revoked = tokens.revoke(id, now);
            if (revoked) {
                accounting.changed(actor, AuditAction.TOKEN_REVOKED, id.toString(), Optional.empty(),
                        List.of(FieldChange.of("revokedAt", null, now)), Optional.empty());
            }
            return revoked;
        })) {
            throw new DomainException(AccessError.TOKEN_NOT_FOUND, "id", "no token " + id);
        }
    }

    @Override
    public ApiToken get(Actor actor, TokenId id) {
        actor.requireRole("read tokens", Role.HUB_ADMIN);
        return tokens.findById(id).orElseThrow(() -> new DomainException(AccessError.TOKEN_NOT_FOUND, "id", "no token " + id));
    }

    @Override
    public Optional<IssuedToken> issueFirstAdminToken() {
        return transactions.inTransaction(() -> tokens.any() ? Optional.empty()
                : Optional.of(store(Actor.system(), Role.HUB_ADMIN, Optional.empty(), Optional.empty())));
    }
}
