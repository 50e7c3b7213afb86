package io.claimcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.checklist.Checklist;
import io.claimcheck.checklist.ChecklistItem;
import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import io.claimcheck.ingest.CmsFormats;

/**
 * Fuzz tests for the engine and each ingest adapter. In a normal build they run their seeds and
 * findings (src/test/resources/io/claimcheck/fuzz/EngineFuzzTestInputs/) as regression tests; with
 * {@code JAZZER_FUZZ=1} they fuzz (see the README). Invariants: no exception escapes, every
 * claim's text is the plain text at [start, end), and min <= value <= max where set.
 */
class EngineFuzzTest {

    static final ClaimCheck ENGINE = new ClaimCheck();
    static final ObjectMapper JSON = new ObjectMapper();

    static void invariants(Checklist c) {
        String body = c.article().text();
        String headline = c.article().headline();
        for (ChecklistItem i : c.claims()) {
            String text = i.field().equals("body") ? body : headline;
            assertTrue(i.start() >= 0 && i.start() < i.end() && i.end() <= text.length(), "span inside the text");
            assertEquals(text.substring(i.start(), i.end()), i.text(), "text is the plain text at [start, end)");
            double v = i.value().doubleValue();
            assertTrue(Double.isFinite(v), "finite value");
            if (i.min() != null) {
                assertTrue(i.min().doubleValue() <= v, "min <= value");
            }
            if (i.max() != null) {
                assertTrue(v <= i.max().doubleValue(), "value <= max");
            }
            assertTrue(!i.checkworthy() || i.checks().size() >= 2, "check-worthy claims have checks");
        }
    }

    static void body(String text, BodyFormat format, String publishedAt) {
        invariants(ENGINE.check(new Article("f", null, text, format, "en", publishedAt, null, null)));
    }

    @FuzzTest(maxDuration = "10s")
    void text(FuzzedDataProvider data) {
        String date = data.consumeBoolean() ? "2025-0" + (1 + data.consumeInt(0, 8)) + "-1" + data.consumeInt(0, 9) : null;
        body(data.consumeRemainingAsString(), BodyFormat.TEXT, date);
    }

    @FuzzTest(maxDuration = "10s")
    void html(FuzzedDataProvider data) {
        body(data.consumeRemainingAsString(), BodyFormat.HTML, null);
    }

    @FuzzTest(maxDuration = "10s")
    void markdown(FuzzedDataProvider data) {
        body(data.consumeRemainingAsString(), BodyFormat.MARKDOWN, null);
    }

    /** A CMS document: whatever the adapter makes of it must be a sound checklist, or a clear refusal. */
    static void cms(String format, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (Exception e) {
            return; // not JSON: the door answers 400 before the adapter runs
        }
        if (node == null || !node.isObject()) {
            return;
        }
        String[] f = CmsFormats.fields(format, node);
        if (f[2] == null || f[2].isBlank()) {
            return; // no body: validation refuses it
        }
        BodyFormat bf = BodyFormat.parse(f[3]);
        String date = f[4];
        try {
            io.claimcheck.engine.ClaimCheck.referenceDate(date);
        } catch (IllegalArgumentException e) {
            date = null; // validation refuses a bad date with a 400; the body is still fuzzed
        }
        invariants(ENGINE.check(new Article(f[0], f[1], f[2], bf, "en", date, f[5], f[6])));
    }

    @FuzzTest(maxDuration = "10s")
    void ninjs(FuzzedDataProvider data) {
        cms("ninjs", data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10s")
    void wordpress(FuzzedDataProvider data) {
        cms("wordpress", data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10s")
    void ans(FuzzedDataProvider data) {
        cms("ans", data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10s")
    void ghost(FuzzedDataProvider data) {
        cms("ghost", data.consumeRemainingAsString());
    }
}
