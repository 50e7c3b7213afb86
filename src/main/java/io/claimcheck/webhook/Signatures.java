package io.claimcheck.webhook;

import io.claimcheck.api.BadInputException;
import io.claimcheck.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a webhook's signature before anything else is done with it. The secret of each source
 * comes from configuration ({@code claimcheck.webhooks.<source>.secret}), never from the request.
 * Schemes: Ghost ({@code X-Ghost-Signature: sha256=<hex>, t=<ms>} over body + t), Superdesk
 * ({@code x-superdesk-signature: sha1=<hex>} over the body) and Standard Webhooks for any other
 * source ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,<base64>} over
 * id.timestamp.body). Comparisons are constant-time; timestamps outside the tolerance are stale;
 * a delivery already seen within it is a replay.
 */
@ApplicationScoped
public class Signatures {

    /** Most deliveries remembered for replay detection; older ones fall out first. */
    static final int REPLAY_MEMORY = 100_000;

    @Inject
    Clock clock;

    @ConfigProperty(name = "claimcheck.webhooks.tolerance-seconds", defaultValue = "300")
    long toleranceSeconds;

    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    /**
     * @param header the request's headers, looked up case-insensitively
     * @throws BadInputException a 401 problem saying what is wrong (never which part of a secret)
     */
    public void verify(String source, Function<String, String> header, byte[] body) {
        if (!source.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw unauthorized("Unknown webhook source.");
        }
        String secret = secret(source).orElseThrow(() -> unauthorized("No secret is configured for webhook source '" + source
                + "': set claimcheck.webhooks." + source + ".secret."));
        switch (source) {
            case "ghost" -> ghost(secret, header.apply("x-ghost-signature"), body);
            case "superdesk" -> superdesk(secret, header.apply("x-superdesk-signature"), body);
            default -> standard(source, secret, header.apply("webhook-id"), header.apply("webhook-timestamp"),
                    header.apply("webhook-signature"), body);
        }
    }

    static Optional<String> secret(String source) {
        return ConfigProvider.getConfig().getOptionalValue("claimcheck.webhooks." + source + ".secret", String.class)
                .filter(s -> !s.isBlank());
    }

    private void ghost(String secret, String sig, byte[] body) {
        if (sig == null || sig.isBlank()) {
            throw unauthorized("Missing X-Ghost-Signature header.");
        }
        String hex = null;
        String t = null;
        for (String part : sig.split(",")) {
            String p = part.trim();
            if (p.startsWith("sha256=")) {
                hex = p.substring(7);
            } else if (p.startsWith("t=")) {
                t = p.substring(2);
            }
        }
        if (hex == null || t == null) {
            throw unauthorized("X-Ghost-Signature must be 'sha256=<hex>, t=<timestamp>'.");
        }
        long ts = parseLong(t);
        fresh(ts > 100_000_000_000L ? ts / 1000 : ts);
        byte[] expected = hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), concat(body, t.getBytes(StandardCharsets.UTF_8)));
        check(expected, hexBytes(hex));
        once("ghost:" + hex, ts > 100_000_000_000L ? ts / 1000 : ts);
    }

    private void superdesk(String secret, String sig, byte[] body) {
        if (sig == null || !sig.trim().startsWith("sha1=")) {
            throw unauthorized("Missing or malformed x-superdesk-signature header ('sha1=<hex>').");
        }
        String hex = sig.trim().substring(5);
        check(hmac("HmacSHA1", secret.getBytes(StandardCharsets.UTF_8), body), hexBytes(hex));
        // Superdesk signs no timestamp: a replay is caught only while the same delivery is remembered
        once("superdesk:" + hex, clock.instant().getEpochSecond());
    }

    private void standard(String source, String secret, String id, String timestamp, String sigs, byte[] body) {
        if (id == null || timestamp == null || sigs == null) {
            throw unauthorized("Missing webhook-id, webhook-timestamp or webhook-signature header.");
        }
        long ts = parseLong(timestamp);
        fresh(ts);
        byte[] expected = standardMac(secret, id, timestamp, body);
        boolean ok = false;
        for (String s : sigs.trim().split("\\s+")) {
            if (s.startsWith("v1,")) {
                byte[] given = decodeOrEmpty(s.substring(3));
                ok |= MessageDigest.isEqual(expected, given);
            }
        }
        if (!ok) {
            throw unauthorized("The webhook signature does not match.");
        }
        once(source + ":" + id, ts);
    }

    /**
     * The Standard Webhooks MAC: HMAC-SHA256 over {@code id.timestamp.body}, keyed with the base64
     * part of a {@code whsec_} secret (or the secret's bytes). Verifying and signing callbacks share it.
     */
    static byte[] standardMac(String secret, String id, String timestamp, byte[] body) {
        byte[] key = secret.startsWith("whsec_") ? decode(secret.substring(6)) : secret.getBytes(StandardCharsets.UTF_8);
        return hmac("HmacSHA256", key, concat((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body));
    }

    private void fresh(long epochSeconds) {
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - epochSeconds) > toleranceSeconds) {
            throw unauthorized("The webhook timestamp is outside the accepted window of " + toleranceSeconds + " seconds.");
        }
    }

    /** Refuses a delivery seen before within the window; remembers it otherwise. */
    private void once(String key, long epochSeconds) {
        long now = clock.instant().getEpochSecond();
        if (seen.size() > REPLAY_MEMORY) {
            for (Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator(); it.hasNext(); ) {
                if (now - it.next().getValue() > 2 * toleranceSeconds) {
                    it.remove();
                }
            }
            while (seen.size() > REPLAY_MEMORY) {
                seen.remove(seen.keySet().iterator().next());
            }
        }
        if (seen.putIfAbsent(key, Math.max(now, epochSeconds)) != null) {
            throw unauthorized("This delivery was already received: a replay.");
        }
    }

    private static void check(byte[] expected, byte[] given) {
        if (!MessageDigest.isEqual(expected, given)) {
            throw unauthorized("The webhook signature does not match.");
        }
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hexBytes(String hex) {
        try {
            return HexFormat.of().parseHex(hex.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] decode(String b64) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the configured Standard Webhooks secret is not whsec_<base64>", e);
        }
    }

    private static byte[] decodeOrEmpty(String b64) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw unauthorized("The webhook timestamp is not a number.");
        }
    }

    static BadInputException unauthorized(String detail) {
        return new BadInputException(Problem.of("unauthorized", "Webhook not authenticated", 401, detail));
    }
}
