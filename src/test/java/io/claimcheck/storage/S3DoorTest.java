package io.claimcheck.storage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 door and direct invocation, through the Lambda mock event server ({@code POST /_lambda_}
 * delivers the raw payload, as Lambda does) against a real S3-compatible server.
 */
@QuarkusTest
@QuarkusTestResource(S3ProxyResource.class)
class S3DoorTest {

    static final String BUCKET = "claimcheck-newsroom";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    S3Client s3;

    @BeforeEach
    void bucket() {
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    void put(String key, byte[] body, String contentType) {
        s3.putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(body));
    }

    void put(String key, String body, String contentType) {
        put(key, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    byte[] get(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
    }

    JsonNode getJson(String key) throws IOException {
        return JSON.readTree(get(key));
    }

    boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    TreeMap<String, String> listing() {
        TreeMap<String, String> out = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {
            out.put(o.key(), o.eTag());
        }
        return out;
    }

    static String event(String name) throws IOException {
        return Files.readString(Path.of("events", name));
    }

    static JsonNode invoke(String payload) throws IOException {
        String out = given().contentType(ContentType.JSON).body(payload).when().post("/_lambda_")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(out);
    }

    @Test
    void putEventWithEncodedKeyLeavesTheChecklistBesideTheArticle() throws IOException {
        String key = "incoming/2025/03/Harbour wind farm (final).json";
        put(key, Files.readAllBytes(Path.of("events", "article.json")), "application/json");
        JsonNode result = invoke(event("s3-put.json"));
        assertEquals(1, result.path("checklists").asInt(), result.toString());
        JsonNode checklist = getJson("checklists/" + key + S3Door.CHECKLIST_SUFFIX);
        assertEquals(BUCKET, checklist.path("source").path("bucket").asText());
        assertEquals(key, checklist.path("source").path("key").asText(), "the key is URL-decoded");
        assertFalse(checklist.path("source").path("eTag").asText().isEmpty());
        assertEquals("harbour-wind-2025-03", checklist.path("article").path("id").asText());
        assertTrue(checklist.path("claims").size() >= 10);
    }

    @Test
    void multiRecordEventIsHandledRecordByRecord() throws IOException {
        put("incoming/2025/03/ridgeford budget.txt", Files.readString(Path.of("events", "article.txt")), "text/plain");
        put("incoming/2025/03/transit-report.html", Files.readString(Path.of("events", "transit-report.html")), "binary/octet-stream");
        put("incoming/2025/03/broken.json", "{\"body\": \"Up 5%\", ", "application/json");
        JsonNode result = invoke(event("s3-multi.json"));
        assertEquals(2, result.path("checklists").asInt(), result.toString());
        assertEquals(1, result.path("errors").asInt(), result.toString());
        JsonNode html = getJson("checklists/incoming/2025/03/transit-report.html" + S3Door.CHECKLIST_SUFFIX);
        String text = html.path("article").path("text").asText();
        assertTrue(text.startsWith("Ridership back above pre-pandemic levels\n\n"), text);
        assertFalse(text.contains("12345"), "scripts are dropped");
        assertFalse(text.contains("2019 archive"), "figure captions are dropped");
        JsonNode error = getJson("checklists/incoming/2025/03/broken.json" + S3Door.ERROR_SUFFIX);
        assertEquals(400, error.path("status").asInt());
        assertEquals("incoming/2025/03/broken.json", error.path("source").path("key").asText());
        assertFalse(exists("checklists/incoming/2025/03/broken.json" + S3Door.CHECKLIST_SUFFIX));
    }

    @Test
    void twentyObjectsThreeMalformedLeaveSeventeenChecklistsAndThreeErrorsAndRedeliveryChangesNothing() throws IOException {
        ObjectNode template = (ObjectNode) JSON.readTree(event("s3-put.json")).path("Records").get(0);
        ArrayNode records = JSON.createArrayNode();
        String article = Files.readString(Path.of("events", "article.txt"));
        for (int i = 0; i < 20; i++) {
            String key = "batch/story " + i + (i == 7 ? ".json" : ".txt");
            if (i == 3) {
                put(key, new byte[0], "text/plain");                                  // empty
            } else if (i == 7) {
                put(key, "{\"headline\": \"no body\"", "application/json");          // bad JSON
            } else if (i == 11) {
                put(key, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe}, "text/plain"); // binary named .txt
            } else {
                put(key, "Story " + i + ". " + article, "text/plain");
            }
            ObjectNode r = template.deepCopy();
            ((ObjectNode) r.path("s3").path("object")).put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
            records.add(r);
        }
        ObjectNode event = JSON.createObjectNode();
        event.set("Records", records);
        String payload = JSON.writeValueAsString(event);

        JsonNode result = invoke(payload);
        assertEquals(17, result.path("checklists").asInt(), result.toString());
        assertEquals(3, result.path("errors").asInt(), result.toString());
        List<String> checklists = listing().keySet().stream().filter(k -> k.startsWith("checklists/batch/") && k.endsWith(S3Door.CHECKLIST_SUFFIX)).toList();
        List<String> errors = listing().keySet().stream().filter(k -> k.startsWith("checklists/batch/") && k.endsWith(S3Door.ERROR_SUFFIX)).toList();
        assertEquals(17, checklists.size());
        assertEquals(List.of("checklists/batch/story 11.txt.error.json", "checklists/batch/story 3.txt.error.json",
                "checklists/batch/story 7.json.error.json"), errors);
        assertEquals(415, getJson("checklists/batch/story 11.txt.error.json").path("status").asInt(), "binary is unsupported");

        byte[] before = get("checklists/batch/story 0.txt" + S3Door.CHECKLIST_SUFFIX);
        byte[] errorBefore = get("checklists/batch/story 3.txt" + S3Door.ERROR_SUFFIX);
        JsonNode again = invoke(payload);
        assertEquals(17, again.path("checklists").asInt());
        assertArrayEquals(before, get("checklists/batch/story 0.txt" + S3Door.CHECKLIST_SUFFIX), "re-delivery rewrites the same result");
        assertArrayEquals(errorBefore, get("checklists/batch/story 3.txt" + S3Door.ERROR_SUFFIX));
        assertEquals(20, listing().keySet().stream().filter(k -> k.startsWith("checklists/batch/")).count(), "one outcome each");
    }

    @Test
    void anEventForTheOutputPrefixWritesNothing() throws IOException {
        put("checklists/incoming/2025/03/ridgeford budget.txt.checklist.json", "{\"claims\": []}", "application/json");
        TreeMap<String, String> before = listing();
        JsonNode result = invoke(event("s3-output-prefix.json"));
        assertEquals(1, result.path("skipped").asInt(), result.toString());
        assertEquals(before, listing(), "no object written or changed");
    }

    @Test
    void anOversizedObjectGetsAnErrorObject() throws IOException {
        String key = "incoming/huge.txt";
        put(key, "Prices rose 5% in May. ".repeat(400_000), "text/plain");
        ObjectNode ref = JSON.createObjectNode().put("bucket", BUCKET).put("key", key);
        JsonNode result = invoke(JSON.writeValueAsString(ref));
        assertEquals(1, result.path("errors").asInt(), result.toString());
        assertEquals(413, getJson("checklists/" + key + S3Door.ERROR_SUFFIX).path("status").asInt());
    }

    @Test
    void anObjectReferenceIsProcessedAndSaysWhereTheOutcomeIs() throws IOException {
        put("incoming/2025/03/ridgeford budget.txt", Files.readString(Path.of("events", "article.txt")), "text/plain");
        JsonNode result = invoke(event("direct-object-reference.json"));
        assertEquals("s3://" + BUCKET + "/checklists/incoming/2025/03/ridgeford budget.txt" + S3Door.CHECKLIST_SUFFIX,
                result.path("outcomes").get(0).path("output").asText());
    }

    @Test
    void aMissingBucketFailsTheInvocationSoLambdaRetries() throws IOException {
        ObjectNode ref = JSON.createObjectNode().put("bucket", "no-such-bucket-here").put("key", "a.txt");
        given().contentType(ContentType.JSON).body(JSON.writeValueAsString(ref)).when().post("/_lambda_")
                .then().statusCode(500);
    }

    @Test
    void directInvocationReturnsTheChecklist() throws IOException {
        JsonNode checklist = invoke(event("direct-article.json"));
        assertEquals("direct-sample", checklist.path("article").path("id").asText());
        assertTrue(checklist.path("claims").size() >= 3, checklist.toString());
        JsonNode text = invoke("\"Exports rose 12 percent to $4 billion.\"");
        assertEquals(2, text.path("claims").size(), "a JSON string is a plain-text body");
    }

    @Test
    void aBadDirectPayloadReturnsAProblemNotAFunctionError() throws IOException {
        JsonNode unknown = invoke("{\"story\": \"no body field\"}");
        assertEquals(400, unknown.path("status").asInt(), unknown.toString());
        assertTrue(unknown.path("type").asText().startsWith("urn:claimcheck:problem:"));
        JsonNode blank = invoke("{\"body\": \"   \"}");
        assertEquals(400, blank.path("status").asInt());
        assertEquals("body", blank.path("violations").get(0).path("field").asText());
        JsonNode number = invoke("42");
        assertEquals(400, number.path("status").asInt());
        JsonNode deep = invoke("[".repeat(10_000) + "]".repeat(10_000));
        assertEquals(400, deep.path("status").asInt(), deep.toString());
    }
}
