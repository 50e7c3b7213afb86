package io.claimcheck.lambdarun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code target/function.zip}, run by the AWS runtime interface client against a
 * local Runtime API, answers the sample API Gateway events as SPEC.md says. This is what AWS runs.
 */
class PackagedFunctionIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static PackagedFunction function;

    @BeforeAll
    static void start() throws Exception {
        Path zip = Path.of("target", "function.zip");
        assertTrue(Files.exists(zip), "package the function first (mvn verify runs this after package)");
        function = PackagedFunction.start(zip, Map.of());
        Duration init = function.awaitReady(Duration.ofSeconds(60));
        System.out.println("[packaged function] init " + init.toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        if (function != null) {
            function.close();
        }
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
