package io.claimcheck.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each CMS format in {@code events/} carries the same story as {@code events/article.txt}: sent
 * to the function, detected from its shape (or named with ?format=), it gives the same claims as
 * the plain text, with offsets into the plain text it returns.
 */
@QuarkusTest
class CmsFormatsTest {

    static List<String> claims(JsonNode checklist) {
        List<String> out = new ArrayList<>();
        String text = checklist.path("article").path("text").asText();
        for (JsonNode c : checklist.path("claims")) {
            if (!c.path("field").asText().equals("body")) {
                continue;
            }
            assertEquals(text.substring(c.path("start").asInt(), c.path("end").asInt()), c.path("text").asText(),
                    "offsets index the returned plain text");
            out.add(c.path("text").asText() + "|" + c.path("kind").asText() + "|" + c.path("value").asText() + "|"
                    + c.path("unit").asText() + "|" + c.path("bound").asText() + "|" + c.path("change").asText());
        }
        return out;
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "cms-ninjs1-superdesk.json, ninjs, Sample Desk",
        "cms-ninjs2.json, ninjs, Sample Desk",
        "cms-ninjs3.json, ninjs, Sample Desk",
        "cms-wordpress.json, wordpress, ",
        "cms-ans.json, ans, Sample Desk",
        "cms-ghost.json, ghost, ",
    })
    void eachFormatGivesTheSameClaimsAsThePlainText(String file, String format, String byline) throws Exception {
        String plain = Files.readString(Path.of("events", "article.txt"));
        List<String> expected = claims(Events.json(given().contentType("text/plain").body(plain).post("/v1/checklists")
                .then().statusCode(200).extract().asString()));
        String doc = Files.readString(Path.of("events", file));
        JsonNode detected = Events.json(given().contentType("application/json").body(doc).post("/v1/checklists")
                .then().statusCode(200).extract().asString());
        assertEquals(expected, claims(detected), "detected from its shape");
        JsonNode named = Events.json(given().contentType("application/json").queryParam("format", format).body(doc)
                .post("/v1/checklists").then().statusCode(200).extract().asString());
        assertEquals(expected, claims(named), "named with ?format=");
        assertTrue(detected.path("article").path("headline").asText().startsWith("Ridgeford council passes $48.5 million"),
                detected.path("article").path("headline").asText());
        assertEquals("2025-09-10", detected.path("article").path("publishedAt").asText().substring(0, 10));
        assertTrue(detected.path("claims").toString().contains("\"field\":\"headline\""), "headline claims too");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ninjs", "wordpress", "ans", "ghost"})
    void aDocumentOfAnotherShapeUnderANamedFormatIsA400(String format) {
        given().contentType("application/json").queryParam("format", format).body("{\"unrelated\": true}")
                .post("/v1/checklists").then().statusCode(400);
    }
}
