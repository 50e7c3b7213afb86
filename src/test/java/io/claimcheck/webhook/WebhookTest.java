package io.claimcheck.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Signed webhooks: the real signature passes; forged, missing, stale and replayed ones are refused with 401. */
@QuarkusTest
class WebhookTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String GHOST_SECRET = "sample-ghost-secret";
    static final String SUPERDESK_SECRET = "test-superdesk-secret";
    static final String STANDARD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static String ghostBody() throws Exception {
        return Files.readString(Path.of("events", "cms-ghost.json"));
    }

    static String ghostSignature(String body, long millis, String secret) {
        return SignaturesAccess.ghost(body, millis, secret);
    }

    static String standardSignature(String id, long ts, String body, String secret) {
        return SignaturesAccess.standard(id, ts, body.getBytes(StandardCharsets.UTF_8), secret);
    }

    static RequestSpecification post(String body) {
        return given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleGhostEventIsStaleAndPassesOnceSignedNow() throws Exception {
        JsonNode ev = JSON.readTree(Files.readString(Path.of("events", "webhook-ghost.json")));
        String body = ev.path("body").asText();
        post(body).header("X-Ghost-Signature", ev.path("headers").path("x-ghost-signature").asText())
                .when().post("/v1/webhooks/ghost").then().statusCode(401).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("window"));
        post(body).header("X-Ghost-Signature", ghostSignature(body, System.currentTimeMillis(), GHOST_SECRET))
                .when().post("/v1/webhooks/ghost").then().statusCode(200)
                .body("article.headline", org.hamcrest.Matchers.startsWith("Ridgeford council"))
                .body("claims.size()", greaterThan(5));
    }

    @Test
    void forgedMissingStaleAndReplayedGhostSignaturesAreRefused() throws Exception {
        String body = ghostBody();
        long now = System.currentTimeMillis();
        post(body).when().post("/v1/webhooks/ghost").then().statusCode(401);
        post(body).header("X-Ghost-Signature", ghostSignature(body, now, "not-the-secret"))
                .when().post("/v1/webhooks/ghost").then().statusCode(401);
        post(body + " ").header("X-Ghost-Signature", ghostSignature(body, now, GHOST_SECRET))
                .when().post("/v1/webhooks/ghost").then().statusCode(401);
        post(body).header("X-Ghost-Signature", ghostSignature(body, now - 3_600_000, GHOST_SECRET))
                .when().post("/v1/webhooks/ghost").then().statusCode(401);
        post(body).header("X-Ghost-Signature", "sha256=zz, t=" + now).when().post("/v1/webhooks/ghost").then().statusCode(401);
        String good = ghostSignature(body, now - 1000, GHOST_SECRET);
        post(body).header("X-Ghost-Signature", good).when().post("/v1/webhooks/ghost").then().statusCode(200);
        post(body).header("X-Ghost-Signature", good).when().post("/v1/webhooks/ghost").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("replay"));
    }

    @Test
    void superdeskSignsTheBodyWithSha1() throws Exception {
        String body = Files.readString(Path.of("events", "cms-ninjs1-superdesk.json"));
        String sig = "sha1=" + HexFormat.of().formatHex(Signatures.hmac("HmacSHA1", SUPERDESK_SECRET.getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8)));
        post(body).header("x-superdesk-signature", sig).when().post("/v1/webhooks/superdesk").then().statusCode(200)
                .body("article.id", equalTo("urn:newsml:ridgeford.example:2025:budget"));
        post(body).header("x-superdesk-signature", sig).when().post("/v1/webhooks/superdesk").then().statusCode(401);
        post(body).header("x-superdesk-signature", "sha1=" + "0".repeat(40)).when().post("/v1/webhooks/superdesk").then().statusCode(401);
    }

    @Test
    void standardWebhooksSendersAreVerifiedTheSameWay() throws Exception {
        String body = Files.readString(Path.of("events", "cms-wordpress.json"));
        long ts = Instant.now().getEpochSecond();
        String id = "msg_" + UUID.randomUUID();
        post(body).header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature",
                "v1,bm90LWl0 " + standardSignature(id, ts, body, STANDARD_SECRET))
                .when().post("/v1/webhooks/newsroom").then().statusCode(200).body("article.id", equalTo("4521"));
        post(body).header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature",
                standardSignature(id, ts, body, STANDARD_SECRET)).when().post("/v1/webhooks/newsroom").then().statusCode(401);
        String id2 = "msg_" + UUID.randomUUID();
        post(body).header("webhook-id", id2).header("webhook-timestamp", ts - 3600).header("webhook-signature",
                standardSignature(id2, ts - 3600, body, STANDARD_SECRET)).when().post("/v1/webhooks/newsroom").then().statusCode(401);
        post(body).header("webhook-id", id2).header("webhook-timestamp", ts).when().post("/v1/webhooks/newsroom").then().statusCode(401);
    }

    @Test
    void aSourceWithoutASecretIsRefused() {
        given().contentType(ContentType.JSON).body("{\"body\": \"Up 5%\"}").header("webhook-id", "x").header("webhook-timestamp", "1")
                .header("webhook-signature", "v1,AAAA").when().post("/v1/webhooks/unconfigured").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.containsString("claimcheck.webhooks.unconfigured.secret"));
        given().contentType(ContentType.JSON).body("{}").when().post("/v1/webhooks/..%2F..").then().statusCode(org.hamcrest.Matchers.either(
                org.hamcrest.Matchers.is(401)).or(org.hamcrest.Matchers.is(404)));
    }

    @Test
    void theCallbackGoesOnlyToAllowedHostsAndIsSigned() throws Exception {
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        Map<String, byte[]> bodies = new ConcurrentHashMap<>();
        HttpServer cms = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cms.createContext("/hooks", ex -> {
            byte[] b = ex.getRequestBody().readAllBytes();
            String id = ex.getRequestHeaders().getFirst("webhook-id");
            received.add(Map.of("id", id, "ts", ex.getRequestHeaders().getFirst("webhook-timestamp"),
                    "sig", ex.getRequestHeaders().getFirst("webhook-signature")));
            bodies.put(id, b);
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        cms.start();
        try {
            String body = ghostBody();
            String allowed = "http://127.0.0.1:" + cms.getAddress().getPort() + "/hooks";
            post(body).header("X-Ghost-Signature", ghostSignature(body, System.currentTimeMillis(), GHOST_SECRET))
                    .queryParam("callback", allowed).when().post("/v1/webhooks/ghost")
                    .then().statusCode(200).header("X-Claimcheck-Callback", "sent");
            assertEquals(1, received.size());
            Map<String, String> h = received.get(0);
            byte[] sent = bodies.get(h.get("id"));
            String expected = standardSignature(h.get("id"), Long.parseLong(h.get("ts")), new String(sent, StandardCharsets.UTF_8),
                    STANDARD_SECRET);
            assertEquals(expected, h.get("sig"), "the CMS can verify the callback");
            assertTrue(new String(sent, StandardCharsets.UTF_8).contains("\"claims\""));

            for (String target : List.of("http://169.254.169.254/latest/meta-data/", "http://localhost:" + cms.getAddress().getPort() + "/hooks",
                    "file:///etc/passwd", "http://user@127.0.0.1:" + cms.getAddress().getPort() + "/hooks")) {
                post(body).header("X-Ghost-Signature", ghostSignature(body, System.currentTimeMillis() - received.size() - 7, GHOST_SECRET))
                        .queryParam("callback", target).when().post("/v1/webhooks/ghost")
                        .then().statusCode(200).header("X-Claimcheck-Callback", "refused");
            }
            assertEquals(1, received.size(), "nothing was sent outside the allowlist");
        } finally {
            cms.stop(0);
        }
    }
}
