package io.claimcheck.storage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimcheck.api.HostileInputTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The hostile cases of {@link HostileInputTest} through the other doors: direct invocation (never
 * an unhandled function error), S3 (every object ends with exactly one outcome) and a signed
 * webhook (never a 5xx).
 */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
class HostileDoorsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BUCKET = "hostile-doors";
    static final String STANDARD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Inject
    S3Client s3;

    static Stream<HostileInputTest.Case> cases() {
        return HostileInputTest.cases();
    }

    @BeforeEach
    void bucket() {
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    static String extension(String contentType) {
        if (contentType.contains("json")) {
            return ".json";
        }
        if (contentType.contains("html")) {
            return ".html";
        }
        return contentType.contains("markdown") ? ".md" : ".txt";
    }

    @ParameterizedTest(name = "direct: {0}")
    @MethodSource("cases")
    void directInvocationAnswersWithAResultNeverAFunctionError(HostileInputTest.Case c) throws Exception {
        String text = new String(c.body(), StandardCharsets.UTF_8);
        String payload = c.contentType().contains("json") ? text : JSON.writeValueAsString(text);
        String out = given().contentType(ContentType.JSON).body(payload.getBytes(StandardCharsets.UTF_8))
                .when().post("/_lambda_").then().statusCode(200).extract().asString();
        JsonNode result = JSON.readTree(out);
        assertTrue(result.has("claims") || result.path("status").asInt() / 100 == 4, c.name() + ": " + out.substring(0, Math.min(200, out.length())));
    }

    @ParameterizedTest(name = "s3: {0}")
    @MethodSource("cases")
    void everyHostileObjectEndsWithExactlyOneOutcome(HostileInputTest.Case c) throws Exception {
        String key = "hostile/" + UUID.randomUUID() + extension(c.contentType());
        s3.putObject(b -> b.bucket(BUCKET).key(key).contentType(c.contentType()), RequestBody.fromBytes(c.body()));
        ObjectNode ref = JSON.createObjectNode().put("bucket", BUCKET).put("key", key);
        JsonNode result = JSON.readTree(given().contentType(ContentType.JSON).body(JSON.writeValueAsString(ref))
                .when().post("/_lambda_").then().statusCode(200).extract().asString());
        assertEquals(1, result.path("checklists").asInt() + result.path("errors").asInt(), c.name() + ": " + result);
        long outcomes = s3.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix("checklists/" + key)).contents().stream().count();
        assertEquals(1, outcomes, c.name() + ": exactly one outcome object");
    }

    @ParameterizedTest(name = "webhook: {0}")
    @MethodSource("cases")
    void aSignedHostileWebhookNeverGetsA5xx(HostileInputTest.Case c) throws Exception {
        String text = new String(c.body(), StandardCharsets.UTF_8);
        byte[] body = (c.contentType().contains("json") ? text : JSON.writeValueAsString(JSON.createObjectNode().put("body", text)))
                .getBytes(StandardCharsets.UTF_8);
        String id = "msg_" + UUID.randomUUID();
        long ts = Instant.now().getEpochSecond();
        int status = given().contentType(ContentType.JSON).body(body).header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", io.claimcheck.webhook.SignaturesAccess.standard(id, ts, body, STANDARD_SECRET))
                .when().post("/v1/webhooks/newsroom").then().extract().statusCode();
        assertTrue(status == 200 || status / 100 == 4, c.name() + " got " + status);
    }
}
