package id.okoce.app.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification writes them: the content
 * {@code <webhook-id>.<webhook-timestamp>.<body>} signed with HMAC-SHA256 under the base64 key of a
 * {@code whsec_} secret, sent as {@code v1,<base64 signature>}; several (while a secret is rotated)
 * separated by spaces in one {@code webhook-signature} header.
 */
public final class WebhookSignature {

    /** The prefix of a secret. */
    public static final String PREFIX = "whsec_";

    private WebhookSignature() {
    }

    /** The signature of {@code body} under {@code secret}: {@code v1,<base64>}. */
    public static String sign(String secret, String messageId, long timestamp, byte[] body) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per secret in force, space-separated. */
    public static String header(List<String> secrets, String messageId, long timestamp, byte[] body) {
        return secrets.stream().map(s -> sign(s, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    /** Whether {@code header} holds a signature of {@code body} under {@code secret} (constant time per signature). */
    public static boolean verifies(String header, String secret, String messageId, long timestamp, byte[] body) {
        byte[] expected = sign(secret, messageId, timestamp, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : header.split(" ")) {
            if (java.security.MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
