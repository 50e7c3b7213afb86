package io.claimcheck.lambdarun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimcheck.storage.S3ProxyResource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code target/function.zip}, run by the AWS runtime interface client against a
 * local Runtime API, serves every door: it answers the sample API Gateway events as SPEC.md says,
 * handles S3 events against a real S3-compatible server (s3proxy) reached through configuration
 * alone, and answers direct invocations. This is what AWS runs.
 */
class PackagedFunctionIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BUCKET = "claimcheck-newsroom";
    static PackagedFunction function;
    static Process s3proxy;
    static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        Path zip = Path.of("target", "function.zip");
        assertTrue(Files.exists(zip), "package the function first (mvn verify runs this after package)");
        int port = S3ProxyResource.freePort();
        s3proxy = S3ProxyResource.startServer(port);
        // the test's own client: s3proxy may close an idle keep-alive socket that URLConnection would reuse
        System.setProperty("http.keepAlive", "false");
        s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.EU_WEST_1)
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyResource.IDENTITY, S3ProxyResource.CREDENTIAL)))
                .build();
        s3.createBucket(b -> b.bucket(BUCKET));
        // the endpoint is configuration alone: the environment a newsroom would set, nothing in the zip changes
        function = PackagedFunction.start(zip, Map.of(
                "QUARKUS_S3_ENDPOINT_OVERRIDE", "http://127.0.0.1:" + port,
                "QUARKUS_S3_PATH_STYLE_ACCESS", "true",
                "AWS_ACCESS_KEY_ID", S3ProxyResource.IDENTITY,
                "AWS_SECRET_ACCESS_KEY", S3ProxyResource.CREDENTIAL,
                "CLAIMCHECK_WEBHOOKS_GHOST_SECRET", "sample-ghost-secret"));
        Duration init = function.awaitReady(Duration.ofSeconds(60));
        System.out.println("[packaged function] init " + init.toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        if (function != null) {
            function.close();
        }
        if (s3proxy != null) {
            s3proxy.destroy();
        }
    }

    static TreeMap<String, String> listing(String prefix) {
        TreeMap<String, String> out = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents()) {
            out.put(o.key(), o.eTag());
        }
        return out;
    }

    @Test
    void s3EventOverTwentyObjectsLeavesSeventeenChecklistsAndThreeErrorsAndRedeliveryChangesNothing() throws Exception {
        ObjectNode template = (ObjectNode) JSON.readTree(event("s3-put.json")).path("Records").get(0);
        ArrayNode records = JSON.createArrayNode();
        String article = Files.readString(Path.of("events", "article.txt"));
        for (int i = 0; i < 20; i++) {
            String key = "it/story " + i + ".txt";
            byte[] body = i == 4 ? new byte[0]
                    : i == 9 ? new byte[] {0, 1, 2, (byte) 0xff}
                    : i == 15 ? "{\"headline\": \"x\"".getBytes(StandardCharsets.UTF_8)
                    : ("Story " + i + ". " + article).getBytes(StandardCharsets.UTF_8);
            String type = i == 15 ? "application/json" : "text/plain";
            s3.putObject(b -> b.bucket(BUCKET).key(key).contentType(type), RequestBody.fromBytes(body));
            ObjectNode r = template.deepCopy();
            ((ObjectNode) r.path("s3").path("object")).put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
            records.add(r);
        }
        ObjectNode ev = JSON.createObjectNode();
        ev.set("Records", records);
        JsonNode result = invokeEvent(JSON.writeValueAsString(ev));
        assertEquals(17, result.path("checklists").asInt(), result.toString());
        assertEquals(3, result.path("errors").asInt(), result.toString());
        TreeMap<String, String> outputs = listing("checklists/it/");
        assertEquals(17, outputs.keySet().stream().filter(k -> k.endsWith(".checklist.json")).count());
        assertEquals(3, outputs.keySet().stream().filter(k -> k.endsWith(".error.json")).count());
        invokeEvent(JSON.writeValueAsString(ev));
        assertEquals(outputs, listing("checklists/it/"), "re-sending the event rewrites the same results");
    }

    @Test
    void anEventForTheOutputPrefixWritesNothing() throws Exception {
        TreeMap<String, String> before = listing("");
        JsonNode result = invokeEvent(event("s3-output-prefix.json"));
        assertEquals(1, result.path("skipped").asInt(), result.toString());
        assertEquals(before, listing(""));
    }

    /** The (text, kind, value, unit, bound, change) of each body claim, checking offsets on the way. */
    static java.util.List<String> claimsOf(JsonNode response) throws Exception {
        assertEquals(200, response.path("statusCode").asInt(), response.toString());
        JsonNode checklist = JSON.readTree(response.path("body").asText());
        String text = checklist.path("article").path("text").asText();
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode c : checklist.path("claims")) {
            if (c.path("field").asText().equals("body")) {
                assertEquals(text.substring(c.path("start").asInt(), c.path("end").asInt()), c.path("text").asText());
                out.add(c.path("text").asText() + "|" + c.path("kind").asText() + "|" + c.path("value").asText() + "|"
                        + c.path("unit").asText() + "|" + c.path("bound").asText() + "|" + c.path("change").asText());
            }
        }
        return out;
    }

    static String httpEvent(String path, String contentType, String body, Map<String, String> headers) throws Exception {
        return PackagedFunction.httpEvent("POST", path, contentType, body, headers);
    }

    @Test
    void everyCmsSampleGivesTheSameClaimsAsThePlainText() throws Exception {
        java.util.List<String> plain = claimsOf(invokeEvent(httpEvent("/v1/checklists", "text/plain",
                Files.readString(Path.of("events", "article.txt")), Map.of())));
        assertTrue(plain.size() >= 6);
        for (String sample : java.util.List.of("cms-ninjs1-superdesk.json", "cms-ninjs2.json", "cms-ninjs3.json",
                "cms-wordpress.json", "cms-ans.json", "cms-ghost.json")) {
            assertEquals(plain, claimsOf(invokeEvent(httpEvent("/v1/checklists", "application/json",
                    Files.readString(Path.of("events", sample)), Map.of()))), sample);
        }
    }

    @Test
    void aSignedGhostWebhookPassesAndAForgedOneIsA401() throws Exception {
        String body = Files.readString(Path.of("events", "cms-ghost.json"));
        String sig = io.claimcheck.webhook.SignaturesAccess.ghost(body, System.currentTimeMillis(), "sample-ghost-secret");
        assertTrue(claimsOf(invokeEvent(httpEvent("/v1/webhooks/ghost", "application/json", body,
                Map.of("x-ghost-signature", sig)))).size() >= 6);
        JsonNode stale = invokeEvent(event("webhook-ghost.json"));
        assertEquals(401, stale.path("statusCode").asInt(), "the sample's old signature is outside the replay window");
        JsonNode forged = invokeEvent(httpEvent("/v1/webhooks/ghost", "application/json", body.replace("48.5", "84.5"),
                Map.of("x-ghost-signature", sig)));
        assertEquals(401, forged.path("statusCode").asInt());
    }

    @Test
    void anArchiveRunInvocationTakesAnObjectReferenceAndSaysWhereTheResultIs() throws Exception {
        String key = "archive/2019/budget story.txt";
        s3.putObject(b -> b.bucket(BUCKET).key(key).contentType("text/plain"),
                RequestBody.fromString(Files.readString(Path.of("events", "article.txt"))));
        JsonNode result = invokeEvent(JSON.writeValueAsString(JSON.createObjectNode().put("bucket", BUCKET).put("key", key)));
        assertEquals(1, result.path("checklists").asInt(), result.toString());
        String output = result.path("outcomes").get(0).path("output").asText();
        assertEquals("s3://" + BUCKET + "/checklists/" + key + ".checklist.json", output);
        assertTrue(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("checklists/" + key + ".checklist.json")).asUtf8String()
                .contains("\"claims\""));
    }

    @Test
    void directInvocationReturnsTheChecklist() throws Exception {
        JsonNode checklist = invokeEvent(event("direct-article.json"));
        assertEquals("direct-sample", checklist.path("article").path("id").asText());
        assertTrue(checklist.path("claims").size() >= 3);
        JsonNode problem = invokeEvent("{\"story\": 1}");
        assertEquals(400, problem.path("status").asInt(), problem.toString());
    }

    static JsonNode invokeEvent(String payload) throws Exception {
        RuntimeApiEmulator.Result r = function.invoke(payload);
        assertFalse(r.error(), "no unhandled function error: " + r.body());
        return JSON.readTree(r.body());
    }

    static String event(String name) throws Exception {
        return Files.readString(Path.of("events", name));
    }

    @Test
    void answersTheJsonArticleEventWithTheChecklist() throws Exception {
        JsonNode response = invokeEvent(event("http-article-json.json"));
        assertEquals(200, response.path("statusCode").asInt());
        JsonNode checklist = JSON.readTree(response.path("body").asText());
        String text = checklist.path("article").path("text").asText();
        assertTrue(checklist.path("claims").size() >= 10);
        for (JsonNode c : checklist.path("claims")) {
            if (c.path("field").asText().equals("body")) {
                assertEquals(text.substring(c.path("start").asInt(), c.path("end").asInt()), c.path("text").asText());
            }
        }
    }

    @Test
    void answersThePlainTextEvent() throws Exception {
        assertEquals(200, invokeEvent(event("http-article-text.json")).path("statusCode").asInt());
    }

    @Test
    void answersBadRequestsWithProblems() throws Exception {
        assertProblem(invokeEvent(event("http-malformed-json.json")), 400);
        assertProblem(invokeEvent(event("http-blank-body.json")), 400);
        assertProblem(invokeEvent(event("http-wrong-types.json")), 400);
        assertProblem(invokeEvent(event("http-unsupported-type.json")), 415);
        assertProblem(invokeEvent(event("http-not-acceptable.json")), 406);
    }

    @Test
    void answersAnOversizedBodyWith413() throws Exception {
        ObjectNode ev = (ObjectNode) JSON.readTree(event("http-article-text.json"));
        ev.put("body", "Prices rose 5% in May. ".repeat(50_000));
        assertProblem(invokeEvent(JSON.writeValueAsString(ev)), 413);
    }

    static void assertProblem(JsonNode response, int status) throws Exception {
        assertEquals(status, response.path("statusCode").asInt(), response.toString());
        JsonNode headers = response.path("headers");
        String type = headers.has("Content-Type") ? headers.path("Content-Type").asText() : headers.path("content-type").asText();
        assertTrue(type.startsWith("application/problem+json"), response.toString());
        assertEquals(status, JSON.readTree(response.path("body").asText()).path("status").asInt());
    }
}
