package id.okoce.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example the Standard Webhooks specification publishes. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_specifications_example_signs_as_published() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSignature.verifies("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", SECRET, ID, TIMESTAMP, BODY)).isTrue();
        assertThat(WebhookSignature.verifies("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", SECRET, ID, TIMESTAMP + 1, BODY)).isFalse();
        assertThat(WebhookSignature.verifies("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", SECRET, ID, TIMESTAMP,
                "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8))).as("the body as sent, byte for byte").isFalse();
    }

    /** A secret as the service makes one: 32 random bytes, whsec_ and base64. */
    private static String secret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + java.util.Base64.getEncoder().encodeToString(key);
    }

    @Test
    void while_a_secret_is_rotated_both_signatures_travel_and_either_verifies() {
        String fresh = secret();
        assertThat(fresh).startsWith("whsec_").hasSize("whsec_".length() + 44);
        String header = WebhookSignature.header(List.of(fresh, SECRET), ID, TIMESTAMP, BODY);
        assertThat(header.split(" ")).hasSize(2);
        assertThat(WebhookSignature.verifies(header, SECRET, ID, TIMESTAMP, BODY)).isTrue();
        assertThat(WebhookSignature.verifies(header, fresh, ID, TIMESTAMP, BODY)).isTrue();
        assertThat(WebhookSignature.verifies(header, secret(), ID, TIMESTAMP, BODY)).isFalse();
    }
}
