package io.claimcheck.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input through the HTTP door (and so through the Lambda mock event server). Each case
 * states what it must get: a named 4xx with a problem body, or a 200 with sensible claims. None
 * may get a 5xx. Times are never asserted; a case that hangs fails the build by its timeout.
 */
@QuarkusTest
public class HostileInputTest {

    public record Case(String name, String contentType, byte[] body, int status, List<String> mustClaim) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case of(String name, String type, String body, int status, String... claims) {
        return new Case(name, type, body.getBytes(StandardCharsets.UTF_8), status, List.of(claims));
    }

    static Case raw(String name, String type, byte[] body, int status) {
        return new Case(name, type, body, status, List.of());
    }

    public static Stream<Case> cases() {
        String mb = "Prices rose 5% in May. ".repeat(45_000);
        return Stream.of(
                of("truncated JSON", "application/json", "{\"body\": \"Up 5%", 400),
                of("JSON with trailing garbage", "application/json", "{\"body\": \"Up 5%\"} trailing", 400),
                of("null where the article belongs", "application/json", "null", 400),
                of("array where the article belongs", "application/json", "[{\"body\": \"Up 5%\"}]", 400),
                of("body as an object", "application/json", "{\"body\": {\"text\": \"Up 5%\"}}", 400),
                of("body as a number", "application/json", "{\"body\": 5}", 400),
                of("duplicate keys", "application/json", "{\"body\": \"a\", \"body\": \"b\"}", 400),
                of("JSON nested 10,000 deep", "application/json", "{\"body\": \"x\", \"n\": " + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}", 400),
                of("a 1 MB body", "text/plain", mb.substring(0, 1_000_000), 200, "5%"),
                of("a 10 MB body", "text/plain", "Prices rose 5% in May. ".repeat(450_000), 413),
                of("a 1 MB sentence", "text/plain", "the index rose 5% and ".repeat(45_000).substring(0, 990_000), 200, "5%"),
                of("NUL bytes", "text/plain", "Sales rose\u0000 12% \u0000to $4 billion.", 200, "12%", "$4 billion"),
                raw("invalid UTF-8", "text/plain; charset=utf-8", new byte[] {'U', 'p', ' ', '5', '%', ' ', (byte) 0xc3, (byte) 0x28, (byte) 0xff}, 200),
                raw("binary bytes", "text/plain", binary(), 200),
                of("HTML nested 80,000 deep", "text/html", "<div>".repeat(80_000) + "Costs fell 3%." + "</div>".repeat(80_000), 200, "3%"),
                of("HTML over the limit", "text/html", "<div>".repeat(100_000) + "Costs fell 3%." + "</div>".repeat(100_000), 413),
                of("HTML with a megabyte of attributes", "text/html", "<p " + "a=\"1\" ".repeat(150_000) + ">Up 7% in June.</p>", 200, "7%"),
                of("HTML entity storm", "text/html", "<p>" + "&amp;&lt;&#9999999;&bogus;".repeat(30_000) + " Up 8% today.</p>", 200, "8%"),
                of("zero-width and bidi marks inside numbers", "text/plain", "The fund holds 4,\u200b500 homes and \u202a12\u202c percent of land.", 200, "4,\u200b500"),
                of("full-width digits", "text/plain", "The city has \uff14\uff15\uff10 buses.", 200, "\uff14\uff15\uff10"),
                of("no-break and thin spaces as separators", "text/plain", "Turnout was 12\u00a0500 voters and 3\u2009400 stayed home.", 200, "12\u00a0500", "3\u2009400"),
                of("a number of 100,000 digits", "text/plain", "It is 1" + "0".repeat(100_000) + " times larger; sales rose 4%.", 200, "4%"),
                of("exponents and numbers past double range", "text/plain", "Values like 1e308, 1.8e309 and 9" + "9".repeat(400) + " appear; costs rose 2%.", 200, "2%"),
                of("repeated qualifiers", "text/plain", "over ".repeat(100_000) + "4,500 firms", 200, "over 4,500"),
                of("digits and separators", "text/plain", "1,2.3,4,,5..6 ".repeat(60_000), 200),
                of("numbers alternating with scale words", "text/plain", "5 million 17 billion 2.5 thousand 9 bn ".repeat(20_000), 200,
                        "5 million"),
                of("a markdown bomb of brackets", "text/markdown", "[".repeat(200_000) + " rose 5%", 200, "5%"));
    }

    static byte[] binary() {
        byte[] b = new byte[64 * 1024];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInputGetsItsStatedAnswerAndNeverA5xx(Case c) {
        Response r = given().contentType(c.contentType()).body(c.body()).when().post("/v1/checklists");
        int status = r.statusCode();
        assertTrue(status < 500, c.name() + " got " + status + ": " + r.asString().substring(0, Math.min(300, r.asString().length())));
        assertEquals(c.status(), status, c.name() + ": " + r.asString().substring(0, Math.min(300, r.asString().length())));
        if (status >= 400) {
            assertTrue(r.contentType().startsWith(Problem.MEDIA_TYPE), c.name());
            assertEquals(status, r.jsonPath().getInt("status"));
            return;
        }
        List<String> texts = r.jsonPath().getList("claims.text");
        String text = r.jsonPath().getString("article.text");
        List<Integer> starts = r.jsonPath().getList("claims.start");
        List<Integer> ends = r.jsonPath().getList("claims.end");
        for (int k = 0; k < texts.size(); k++) {
            assertEquals(text.substring(starts.get(k), ends.get(k)), texts.get(k), "offsets index the plain text");
        }
        for (String must : c.mustClaim()) {
            assertTrue(texts.contains(must), c.name() + ": expected a claim '" + must + "' among " + texts.subList(0, Math.min(10, texts.size())));
        }
    }
}
