package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * The golden corpora in {@code src/test/resources/golden}: positive cases grouped by expected
 * value, many surface forms each, with exact spans; and negative near-misses that must yield
 * no claim. A case flagged with {@code "gap"} is a known gap: it is skipped with its reason,
 * and fails once the engine gets it right, so that the flag is removed.
 */
class GoldenCorpusTest {

    static final List<String> FILES = List.of("numbers", "money", "percent", "measures", "ratios-ranks-durations",
            "bounds-changes", "not-claims");
    static final ClaimExtractor ENGINE = new ClaimExtractor(Lexicon.english());
    static final LocalDate REF = LocalDate.of(2025, 9, 11);

    static Stream<Arguments> cases() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Arguments> out = new ArrayList<>();
        for (String file : FILES) {
            JsonNode doc;
            try (InputStream in = GoldenCorpusTest.class.getResourceAsStream("/golden/" + file + ".json")) {
                doc = json.readTree(in);
            }
            for (JsonNode group : doc.path("groups")) {
                for (JsonNode c : group.path("cases")) {
                    out.add(Arguments.of(file, c.path("text").asText() + "  →  " + c.path("span").asText(), c, group.path("expect")));
                }
            }
            for (JsonNode n : doc.path("negatives")) {
                out.add(Arguments.of(file, n.path("text").asText() + "  →  (" + n.path("why").asText() + ")", n, null));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void matchesTheGoldenCase(String file, String name, JsonNode c, JsonNode expect) throws Throwable {
        Executable check = expect == null ? () -> negative(c) : () -> positive(c, expect);
        if (!c.path("gap").isMissingNode()) {
            try {
                check.execute();
            } catch (AssertionFailedError e) {
                Assumptions.abort("known gap: " + c.path("gap").asText());
            }
            throw new AssertionFailedError("the known gap is fixed; remove its \"gap\" flag: " + c.path("gap").asText());
        }
        check.execute();
    }

    static void positive(JsonNode c, JsonNode expect) {
        String text = c.path("text").asText();
        String span = c.path("span").asText();
        int start = text.indexOf(span);
        assertTrue(start >= 0, "span is in the text");
        List<Claim> claims = ENGINE.extract(text, "body", REF);
        Claim hit = null;
        for (Claim claim : claims) {
            if (claim.quantity().start() == start && claim.quantity().end() == start + span.length()) {
                hit = claim;
            }
        }
        if (hit == null) {
            throw new AssertionFailedError("no claim spanning '" + span + "'; got " + describe(claims));
        }
        Quantity q = hit.quantity();
        assertEquals(text.substring(q.start(), q.end()), hit.text(), "text is the plain text at [start, end)");
        assertEquals(expect.path("kind").asText(), q.kind(), "kind of " + describe(claims));
        // exact: a value is the number as written ("A$4.1 billion" is 4100000000, not 4099999999.9999995)
        assertEquals(expect.path("value").asDouble(), q.value(), "value");
        assertEquals(text(expect, "unit"), q.unit(), "unit");
        assertEquals(expect.path("bound").asText("exact"), q.bound(), "bound");
        assertEquals(text(expect, "change"), q.change(), "change");
        Double min = null;
        Double max = null;
        if (expect.has("min")) {
            min = expect.path("min").asDouble();
        } else if (q.bound().equals("lower") || q.bound().equals("range")) {
            min = q.value();
        }
        if (expect.has("max")) {
            max = expect.path("max").asDouble();
        } else if (q.bound().equals("upper")) {
            max = q.value();
        }
        assertEquals((Object) min, (Object) q.min(), "min");
        assertEquals((Object) max, (Object) q.max(), "max");
    }

    static void negative(JsonNode c) {
        String text = c.path("text").asText();
        List<Claim> claims = ENGINE.extract(text, "body", REF);
        String not = c.path("not").asText(null);
        if (not == null) {
            if (!claims.isEmpty()) {
                throw new AssertionFailedError("expected no claim, got " + describe(claims));
            }
            return;
        }
        int s = text.indexOf(not);
        int e = s + not.length();
        for (Claim claim : claims) {
            if (claim.quantity().start() < e && claim.quantity().end() > s) {
                throw new AssertionFailedError("'" + not + "' is not a claim, got " + describe(claims));
            }
        }
    }

    static String text(JsonNode n, String f) {
        return n.path(f).isMissingNode() || n.path(f).isNull() ? null : n.path(f).asText();
    }

    static String describe(List<Claim> claims) {
        StringBuilder sb = new StringBuilder("[");
        for (Claim c : claims) {
            Quantity q = c.quantity();
            sb.append(" '").append(c.text()).append("' ").append(q.kind()).append(' ').append(q.value()).append(' ')
                    .append(q.unit()).append(' ').append(q.bound()).append(' ').append(q.change()).append(" (").append(q.rule()).append(");");
        }
        return sb.append(" ]").toString();
    }
}
