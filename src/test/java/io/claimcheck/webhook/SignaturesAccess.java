package io.claimcheck.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** Signs test requests the way senders do, with the same MACs the webhook door verifies. */
public final class SignaturesAccess {
    private SignaturesAccess() {
    }

    /** {@code X-Ghost-Signature}: sha256 over body + t, t in milliseconds. */
    public static String ghost(String body, long millis, String secret) {
        String t = Long.toString(millis);
        return "sha256=" + HexFormat.of().formatHex(Signatures.hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8),
                (body + t).getBytes(StandardCharsets.UTF_8))) + ", t=" + t;
    }

    /** {@code webhook-signature} of Standard Webhooks: v1 over id.timestamp.body. */
    public static String standard(String id, long timestamp, byte[] body, String secret) {
        return "v1," + Base64.getEncoder().encodeToString(Signatures.standardMac(secret, id, Long.toString(timestamp), body));
    }
}
