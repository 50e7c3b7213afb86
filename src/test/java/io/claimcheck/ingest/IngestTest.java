package io.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Bodies to plain text, with a map from every plain-text char back to where it came from. */
class IngestTest {

    @Test
    void htmlBecomesBlocksAndEveryCharMapsBackToTheSource() {
        String html = "<article><h1>Budget &amp; jobs</h1><p>Spending rose <b>7%</b> to $3.1&nbsp;billion.</p>"
                + "<script>var n = 99;</script><figure><img src=x><figcaption>Photo 2019</figcaption></figure>"
                + "<ul><li>120 buses</li><li>35 teachers</li></ul></article>";
        PlainText p = Ingest.plainText(html, BodyFormat.HTML);
        assertEquals("Budget & jobs\n\nSpending rose 7% to $3.1\u00a0billion.\n\n120 buses\n\n35 teachers", p.text());
        for (String word : new String[] {"Spending", "7%", "120 buses", "35 teachers"}) {
            int i = p.text().indexOf(word);
            int src = p.sourceOffset(i);
            assertEquals(word.charAt(0), html.charAt(src), "source offset of '" + word + "'");
        }
        assertFalse(p.text().contains("99"));
        assertFalse(p.text().contains("2019"));
    }

    @Test
    void markdownLosesItsMarkupButKeepsOffsets() {
        String md = "# Budget\n\nSpending rose **7%** to [$3.1 billion](https://x.example).\n\n- 120 buses\n- 35 teachers\n";
        PlainText p = Ingest.plainText(md, BodyFormat.MARKDOWN);
        assertEquals("Budget\n\nSpending rose 7% to $3.1 billion.\n\n120 buses\n35 teachers\n", p.text());
        int i = p.text().indexOf("$3.1");
        assertEquals('$', md.charAt(p.sourceOffset(i)));
        assertEquals('1', md.charAt(p.sourceOffset(p.text().indexOf("120"))));
    }

    @Test
    void plainTextIsItsOwnMap() {
        PlainText p = Ingest.plainText("Up 5%.", BodyFormat.TEXT);
        assertEquals(3, p.sourceOffset(3));
    }

    @Test
    void cmsDocumentsAreRecognisedByShapeAndNinjsByVersion() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String[][] cases = {
            {"cms-ninjs1-superdesk.json", "ninjs", "1"}, {"cms-ninjs2.json", "ninjs", "2"}, {"cms-ninjs3.json", "ninjs", "3"},
            {"cms-wordpress.json", "wordpress", ""}, {"cms-ans.json", "ans", ""}, {"cms-ghost.json", "ghost", ""},
            {"article.json", "article", ""},
        };
        for (String[] c : cases) {
            var node = json.readTree(Files.readString(Path.of("events", c[0])));
            assertEquals(c[1], CmsFormats.detect(node), c[0]);
            if (!c[2].isEmpty()) {
                assertEquals(Integer.parseInt(c[2]), CmsFormats.ninjsVersion(node), c[0]);
            }
        }
        assertEquals(null, CmsFormats.detect(json.readTree("{\"story\": 1}")));
        String[] wp = CmsFormats.fields("wordpress", json.readTree(Files.readString(Path.of("events", "cms-wordpress.json"))));
        assertTrue(wp[1].startsWith("Ridgeford council passes $48.5 million"), "entities in titles are decoded: " + wp[1]);
        assertEquals("2025-09-10T07:45:00Z", wp[4], "GMT dates get their zone");
        assertEquals("2025-09-10T07:45:00+00:00",
                CmsFormats.fields("ninjs", json.readTree(Files.readString(Path.of("events", "cms-ninjs1-superdesk.json"))))[4]);
    }
}
