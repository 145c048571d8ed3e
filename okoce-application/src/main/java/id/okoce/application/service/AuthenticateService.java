package id.okoce.application.service;

import id.okoce.application.port.in.access.AuthenticateUseCase;
import id.okoce.application.port.out.PartnerRepository;
import id.okoce.application.port.out.TokenRepository;
import id.okoce.domain.access.Actor;
import id.okoce.domain.access.ApiToken;
import id.okoce.domain.partner.Partner;
import java.util.Optional;

/** Resolves bearer secrets to actors, checking the partner behind a partner token every time. */
public final class AuthenticateService implements AuthenticateUseCase {

    private final TokenRepository tokens;
    private final PartnerRepository partners;

    /** Wires the service. */
    public AuthenticateService(TokenRepository tokens, PartnerRepository partners) {
        this.tokens = tokens;
        this.partners = partners;
    }

    @Override
    public Optional<Actor> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByHash(TokenHashes.sha256(secret.strip())).filter(ApiToken::active).flatMap(this::actorOf);
    }

    private Optional<Actor> actorOf(ApiToken token) {
        return switch (token.role()) {
            case HUB_ADMIN -> Optional.of(new Actor.HubAdmin("token " + token.id(), Optional.of(token.id())));
            case BANK -> token.bank().map(bank -> new Actor.BankActor(bank, Optional.of(token.id())));
            case PARTNER -> token.partner().flatMap(partners::findById).filter(Partner::mayUseOkOceName)
                    .map(p -> new Actor.PartnerActor(p.id(), p.area(), Optional.of(token.id())));
        };
    }
}
