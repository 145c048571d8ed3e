package id.okoce.domain.partner;

import id.okoce.domain.identity.EmailAddress;
import id.okoce.domain.identity.PhoneNumber;
import id.okoce.domain.shared.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the hub reaches a partner: an e-mail address, a mobile number, or both (at least one).
 *
 * @param email the e-mail address, if any
 * @param phone the mobile number, if any
 */
public record PartnerContact(Optional<EmailAddress> email, Optional<PhoneNumber> phone) {

    /** Checks at least one way to reach the partner is given. */
    public PartnerContact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        if (email.isEmpty() && phone.isEmpty()) {
            throw new DomainException(PartnerError.PARTNER_CONTACT_MISSING, "contact",
                    "contact needs an email or a phone");
        }
    }
}
