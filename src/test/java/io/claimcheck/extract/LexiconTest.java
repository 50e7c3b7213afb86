package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every lexicon file loads, and every entry in it is well formed and reachable. */
class LexiconTest {

    static List<String> files() {
        return Lexicon.FILES;
    }

    @ParameterizedTest(name = "{0}.tsv loads with unique, well-formed entries")
    @MethodSource("files")
    void everyEntryLoads(String file) {
        List<String[]> rows = Lexicon.readTsv("lexicon/en/" + file + ".tsv");
        assertFalse(rows.isEmpty(), file + " has entries");
        Set<String> seen = new HashSet<>();
        for (String[] r : rows) {
            assertFalse(r[0].isBlank(), file + ": blank surface");
            assertEquals(r[0].trim(), r[0], file + ": surface with stray spaces: '" + r[0] + "'");
            String key = file.equals("words") ? r[0] + "\t" + r[1] : r[0];
            assertTrue(seen.add(key), file + ": duplicate entry " + key);
        }
    }

    @Test
    void tablesAreReachableByTheirSurfaces() {
        Lexicon lx = Lexicon.english();
        assertTrue(lx.size() > 500, "entries: " + lx.size());
        for (String[] r : Lexicon.readTsv("lexicon/en/currencies.tsv")) {
            Tokens t = Tokens.of(r[0]);
            assertNotNull(lx.currencies.at(t, 0), "currency reachable: " + r[0]);
        }
        for (String[] r : Lexicon.readTsv("lexicon/en/units.tsv")) {
            Tokens t = Tokens.of(r[0]);
            assertNotNull(lx.units.at(t, 0), "unit reachable: " + r[0]);
        }
        for (String[] r : Lexicon.readTsv("lexicon/en/qualifiers.tsv")) {
            Tokens t = Tokens.of(r[0]);
            PhraseTable<String> table = r[2].equals("post") ? lx.postQualifiers : lx.qualifiers;
            assertEquals(r[1], table.at(t, 0).value(), "qualifier reachable: " + r[0]);
        }
    }
}
