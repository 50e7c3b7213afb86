package io.claimcheck.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTTP door through the real Lambda mechanism: each request goes to the Quarkus Lambda mock
 * event server, becomes an API Gateway HTTP API (2.0) event and runs through the function's
 * handler. The {@code events/} files are sent as raw invocation payloads on {@code /_lambda_}.
 */
@QuarkusTest
class HttpDoorTest {

    static final List<String> CLAIM_FIELDS = List.of("id", "field", "start", "end", "text", "sentence", "kind", "value",
            "min", "max", "unit", "bound", "change", "about", "subject", "time", "attribution", "checkworthy", "priority",
            "checks", "status");

    /** Sends an API Gateway event file as the raw payload and returns the function's API Gateway response. */
    static JsonNode invoke(String eventFile) {
        String out = given().contentType(ContentType.JSON).body(Events.read(eventFile))
                .when().post("/_lambda_")
                .then().statusCode(200).extract().asString();
        return Events.json(out);
    }

    static JsonNode body(JsonNode response) {
        return Events.json(response.path("body").asText());
    }

    static String header(JsonNode response, String name) {
        for (var it = response.path("headers").fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().asText();
            }
        }
        for (var it = response.path("multiValueHeaders").fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().get(0).asText();
            }
        }
        return null;
    }

    @Test
    void jsonArticleEventReturnsTheChecklistContract() {
        JsonNode response = invoke("http-article-json.json");
        assertEquals(200, response.path("statusCode").asInt());
        assertTrue(header(response, "content-type").startsWith("application/json"));
        JsonNode checklist = body(response);
        JsonNode article = Events.json(Events.json(Events.read("http-article-json.json")).path("body").asText());
        String text = checklist.path("article").path("text").asText();
        assertEquals(article.path("body").asText(), text, "article.text is the plain body");
        assertEquals("harbour-wind-2025-03", checklist.path("article").path("id").asText());
        JsonNode claims = checklist.path("claims");
        assertTrue(claims.size() >= 10, "claims found: " + claims.size());
        for (JsonNode c : claims) {
            for (String f : CLAIM_FIELDS) {
                assertTrue(c.has(f), "claim has " + f + ": " + c);
            }
            String fieldText = c.path("field").asText().equals("body") ? text : checklist.path("article").path("headline").asText();
            assertEquals(fieldText.substring(c.path("start").asInt(), c.path("end").asInt()), c.path("text").asText());
            assertEquals("unverified", c.path("status").asText());
        }
        JsonNode money = find(claims, "about 2.3 billion euros");
        assertEquals("money", money.path("kind").asText());
        assertEquals(2_300_000_000L, money.path("value").asLong());
        assertEquals("EUR", money.path("unit").asText());
        assertEquals("approximate", money.path("bound").asText());
        JsonNode share = find(claims, "nearly 41 percent");
        assertEquals("upper", share.path("bound").asText());
        assertEquals(41, share.path("max").asInt());
        JsonNode points = find(claims, "6 percentage points");
        assertEquals("percentage_points", points.path("kind").asText());
        assertEquals("increase", points.path("change").asText());
        for (JsonNode c : claims) {
            assertFalse(c.path("text").asText().contains("555"), "phone number is not a claim");
            assertFalse(c.path("text").asText().equals("2024"), "a year is not a claim");
        }
        assertEquals(claims.size(), checklist.path("summary").path("claims").asInt());
        assertEquals("claimcheck", checklist.path("engine").path("name").asText());
    }

    static JsonNode find(JsonNode claims, String text) {
        for (JsonNode c : claims) {
            if (c.path("text").asText().equals(text)) {
                return c;
            }
        }
        throw new AssertionError("no claim with text '" + text + "' in " + claims);
    }

    @Test
    void plainTextEventReturnsChecklist() {
        JsonNode response = invoke("http-article-text.json");
        assertEquals(200, response.path("statusCode").asInt());
        JsonNode claims = body(response).path("claims");
        JsonNode budget = find(claims, "$48.5 million");
        assertEquals("USD", budget.path("unit").asText());
        assertEquals(48_500_000L, budget.path("value").asLong());
        assertEquals("increase", find(claims, "3.2 percent").path("change").asText());
    }

    @Test
    void markdownAcceptGivesAnEditorsChecklist() {
        JsonNode response = invoke("http-article-markdown-accept.json");
        assertEquals(200, response.path("statusCode").asInt());
        assertTrue(header(response, "content-type").startsWith("text/markdown"));
        String md = response.path("body").asText();
        assertTrue(md.startsWith("## Fact-check"), md);
        assertTrue(md.contains("- [ ] **$48.5 million**"), md);
    }

    @Test
    void malformedJsonEventIsA400Problem() {
        assertProblem(invoke("http-malformed-json.json"), 400, "urn:claimcheck:problem:malformed");
    }

    @Test
    void blankBodyEventIsA400ProblemNamingTheBody() {
        JsonNode problem = assertProblem(invoke("http-blank-body.json"), 400, "urn:claimcheck:problem:validation");
        assertEquals("body", problem.path("violations").get(0).path("field").asText());
    }

    @Test
    void wrongTypesEventIsA400Problem() {
        JsonNode problem = assertProblem(invoke("http-wrong-types.json"), 400, "urn:claimcheck:problem:validation");
        assertTrue(problem.path("detail").asText().contains("wrong type"), problem.toString());
    }

    @Test
    void unsupportedContentTypeEventIsA415Problem() {
        assertProblem(invoke("http-unsupported-type.json"), 415, "urn:claimcheck:problem:unsupported-media-type");
    }

    @Test
    void unsupportedAcceptEventIsA406Problem() {
        assertProblem(invoke("http-not-acceptable.json"), 406, "urn:claimcheck:problem:not-acceptable");
    }

    static JsonNode assertProblem(JsonNode response, int status, String type) {
        assertEquals(status, response.path("statusCode").asInt(), response.toString());
        assertTrue(header(response, "content-type").startsWith("application/problem+json"), response.toString());
        JsonNode problem = body(response);
        assertEquals(status, problem.path("status").asInt());
        assertEquals(type, problem.path("type").asText());
        assertNotNull(problem.path("title").asText(null));
        assertFalse(response.path("body").asText().contains("at io."), "no stack trace");
        return problem;
    }

    @Test
    void oversizedBodyIsA413Problem() {
        String body = "The council approved 12 projects. ".repeat(30_000);
        given().contentType("application/json").body("{\"body\": \"" + body + "\"}")
                .when().post("/v1/checklists")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:claimcheck:problem:too-large"))
                .body("violations.field", hasItem("body"));
        given().contentType("text/plain").body(body)
                .when().post("/v1/checklists")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void everyViolationIsListed() {
        String json = "{\"id\": \"" + "x".repeat(201) + "\", \"body\": \"Up 5%\", \"bodyFormat\": \"pdf\", \"publishedAt\": \"last Tuesday\"}";
        given().contentType("application/json").body(json)
                .when().post("/v1/checklists")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("id"))
                .body("violations.field", hasItem("bodyFormat"))
                .body("violations.field", hasItem("publishedAt"))
                .body("violations.size()", equalTo(3));
    }

    @Test
    void missingBodyFieldIsA400() {
        given().contentType("application/json").body("{\"headline\": \"No body here\", \"body\": null}")
                .when().post("/v1/checklists")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("body"));
    }

    @Test
    void nonObjectJsonIsA400() {
        given().contentType("application/json").body("[1, 2, 3]")
                .when().post("/v1/checklists")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void unknownDocumentShapeSaysWhichFormatsAreAccepted() {
        given().contentType("application/json").body("{\"story\": \"Up 5%\"}")
                .when().post("/v1/checklists")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("Accepted formats"));
        given().contentType("application/json").queryParam("format", "rss").body("{\"body\": \"Up 5%\"}")
                .when().post("/v1/checklists")
                .then().statusCode(400).body("violations.field", hasItem("format"));
    }

    @Test
    void deeplyNestedJsonIsA400NotA500() {
        String json = "{\"body\": \"x\", \"extra\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        given().contentType("application/json").body(json)
                .when().post("/v1/checklists")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void htmlBodyIsReadAsText() {
        given().contentType("text/html").body("<html><body><h1>Budget</h1><p>Spending rose 7% to <b>$3.1 billion</b>.</p><script>var x = 99;</script></body></html>")
                .when().post("/v1/checklists")
                .then().statusCode(200)
                .body("article.text", equalTo("Budget\n\nSpending rose 7% to $3.1 billion."))
                .body("claims.text", hasItem("$3.1 billion"))
                .body("claims.text", org.hamcrest.Matchers.not(hasItem("99")));
    }

    @Test
    void claimReviewExportIsJsonLd() {
        given().contentType("text/plain").accept("application/ld+json").body("Exports rose 12 percent to $4 billion, the ministry said.")
                .when().post("/v1/checklists")
                .then().statusCode(200)
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@graph'[0].'@type'", equalTo("ClaimReview"))
                .body("'@graph'[0].itemReviewed.'@type'", equalTo("Claim"));
    }

    @Test
    void healthAnswers() {
        given().when().get("/v1/health").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void openApiDocumentDescribesTheContract() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("openapi", startsWith("3.1"))
                .body("paths.'/v1/checklists'.post.responses.'400'.'$ref'", equalTo("#/components/responses/Problem"));
    }

    @Test
    void sameArticleGivesSameIds() {
        String a = given().contentType("text/plain").body("Sales rose 5% to 1,200 units.").post("/v1/checklists").then()
                .statusCode(200).extract().path("claims[0].id");
        String b = given().contentType("text/plain").body("Sales rose 5% to 1,200 units.").post("/v1/checklists").then()
                .statusCode(200).extract().path("claims[0].id");
        assertEquals(a, b);
        assertTrue(a.startsWith("c-"));
    }

    @Test
    void largeResponsesComeBackWholeWithoutConnectionHeaders() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode ev = (com.fasterxml.jackson.databind.node.ObjectNode)
                Events.json(Events.read("http-article-text.json"));
        ev.put("body", "Prices rose 5% in May, the bureau said. ".repeat(200));
        JsonNode response = Events.json(given().contentType(ContentType.JSON).body(Events.JSON.writeValueAsString(ev))
                .when().post("/_lambda_").then().statusCode(200).extract().asString());
        assertEquals(200, response.path("statusCode").asInt());
        assertEquals(null, header(response, "transfer-encoding"), "no hop-by-hop header in a Lambda response");
        assertEquals(200, body(response).path("claims").size());
        // and an HTTP client of the mock event server gets the whole body
        given().contentType("text/plain").body("Prices rose 5% in May, the bureau said. ".repeat(200))
                .when().post("/v1/checklists").then().statusCode(200).body("claims.size()", equalTo(200));
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().when().get("/v1/nothing-here").then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
    }
}
