package io.claimcheck.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.checklist.Checklist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a checklist back to the newsroom: a POST to the configured callback URL (or one the
 * request names), signed with Standard Webhooks headers so the CMS side can verify it. Only URLs
 * whose host is on the allowlist are ever contacted, redirects are not followed, and time is
 * bounded: no request can make the function call an arbitrary address.
 */
@ApplicationScoped
public class Callbacks {

    private static final Logger LOG = Logger.getLogger(Callbacks.class);

    @ConfigProperty(name = "claimcheck.callback.url")
    Optional<String> configuredUrl;

    /** Hosts (or host:port) callbacks may go to. */
    @ConfigProperty(name = "claimcheck.callback.allowlist")
    Optional<List<String>> allowlist;

    /** Standard Webhooks secret, whsec_<base64>. */
    @ConfigProperty(name = "claimcheck.callback.secret")
    Optional<String> secret;

    @ConfigProperty(name = "claimcheck.callback.timeout-ms", defaultValue = "3000")
    int timeoutMs;

    @ConfigProperty(name = "claimcheck.callback.attempts", defaultValue = "2")
    int attempts;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** What became of the callback: none (not asked for), refused, sent or failed. */
    public String send(Checklist checklist, String requestedUrl) {
        String target = requestedUrl != null && !requestedUrl.isBlank() ? requestedUrl : configuredUrl.orElse(null);
        if (target == null) {
            return "none";
        }
        URI uri;
        try {
            uri = URI.create(target.trim());
        } catch (IllegalArgumentException e) {
            LOG.warnf("callback refused: not a URL");
            return "refused";
        }
        if (!allowed(uri, allowlist.orElse(List.of()))) {
            LOG.warnf("callback refused: %s is not on claimcheck.callback.allowlist", uri.getHost());
            return "refused";
        }
        if (secret.isEmpty()) {
            LOG.warn("callback refused: claimcheck.callback.secret is not set, so it could not be signed");
            return "refused";
        }
        try {
            byte[] body = json.writeValueAsBytes(checklist);
            String id = "msg_" + UUID.randomUUID();
            String ts = Long.toString(clock.instant().getEpochSecond());
            String sig = "v1," + Base64.getEncoder().encodeToString(Signatures.standardMac(secret.get(), id, ts, body));
            HttpClient client = client();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(timeoutMs))
                    .header("content-type", "application/json").header("webhook-id", id).header("webhook-timestamp", ts)
                    .header("webhook-signature", sig).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            for (int attempt = 1; attempt <= Math.max(1, attempts); attempt++) {
                try {
                    HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() / 100 == 2) {
                        LOG.infof("callback sent to %s (%d), attempt %d", uri.getHost(), r.statusCode(), attempt);
                        return "sent";
                    }
                    LOG.warnf("callback to %s answered %d, attempt %d", uri.getHost(), r.statusCode(), attempt);
                    if (r.statusCode() / 100 == 4 && r.statusCode() != 429) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    LOG.warnf("callback to %s failed: %s, attempt %d", uri.getHost(), e.getMessage(), attempt);
                }
                if (attempt < attempts) {
                    Thread.sleep(200L * attempt);
                }
            }
            return "failed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "failed";
        } catch (RuntimeException | java.io.IOException e) {
            LOG.warnf("callback failed: %s", e.getMessage());
            return "failed";
        }
    }

    private volatile HttpClient client;

    /**
     * One client for every callback, built on first use: a client owns a selector thread and a
     * connection pool, which a client per callback would leave behind for the collector. HTTP/1.1
     * throughout, so a plain-http CMS endpoint gets no h2c upgrade request it may not understand.
     */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofMillis(timeoutMs))
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** http(s) only, no user info, and the host (or host:port) on the allowlist. */
    static boolean allowed(URI uri, List<String> allow) {
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
                || uri.getHost() == null || uri.getUserInfo() != null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String hostPort = host + ":" + uri.getPort();
        for (String entry : allow) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (!e.isEmpty() && (e.equals(host) || e.equals(hostPort))) {
                return true;
            }
        }
        return false;
    }
}
