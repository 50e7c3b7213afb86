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
            String key = file.equals("words") || file.equals("cues") || file.equals("subunits") ? r[0] + "\t" + r[1] : r[0];
            assertTrue(seen.add(key), file + ": duplicate entry " + key);
        }
    }

    @Test
    void gluedCurrencyPrefixesSplitFromTheirNumberAndNothingElseDoes() {
        Lexicon lx = Lexicon.english();
        assertTrue(lx.gluedCurrencies.contains("sh") && lx.gluedCurrencies.contains("rs"), "glued: " + lx.gluedCurrencies);
        Tokens t = lx.tokens("Sh2.5m G7 Rs500 sh40 F1");
        // Sh | 2.5m | G7 | Rs | 500 | sh40 (lower case: not a price) | F1
        assertEquals(7, t.size, "tokens");
        assertEquals(Tokens.WORD, t.kind[0]);
        assertEquals("Sh", t.text(0));
        assertEquals(Tokens.NUM, t.kind[1]);
        assertEquals(2, t.start[1]);
        assertTrue(t.adjacent(1), "the number stays glued to its currency");
        assertEquals(Tokens.ALNUM, t.kind[2], "G7 stays one token");
        assertEquals("Rs", t.text(3));
        assertEquals(500.0, t.value[4]);
        assertEquals(Tokens.ALNUM, t.kind[5], "a lower-case prefix is not split");
        assertEquals(Tokens.ALNUM, t.kind[6], "F1 stays one token");
        assertEquals(Tokens.ALNUM, Tokens.of("Sh2.5m").kind[0], "without the lexicon's prefixes nothing is split");
    }

    @Test
    void everyCueWordCarriesItsCueAndNoOther() {
        Lexicon lx = Lexicon.english();
        int checked = 0;
        java.util.Set<Cue> used = java.util.EnumSet.noneOf(Cue.class);
        for (String[] r : Lexicon.readTsv("lexicon/en/cues.tsv")) {
            Cue cue = Cue.named(r[1]);
            assertNotNull(cue, "known cue: " + r[1]);
            Tokens t = Tokens.of(r[0]);
            assertEquals(1, t.size, "a cue is one word: " + r[0]);
            assertTrue(lx.cue(t, 0, cue), r[0] + " carries " + r[1]);
            used.add(cue);
            checked++;
        }
        assertTrue(checked > 100, "cue rows: " + checked);
        assertEquals(java.util.EnumSet.allOf(Cue.class), used, "every cue the rules read has words in cues.tsv");
        Tokens t = Tokens.of("Weighed weighed 5");
        assertTrue(lx.cue(t, 0, Cue.WEIGHT_VERB), "cues ignore case");
        assertFalse(lx.cue(t, 1, Cue.SCORE_VERB), "a word has only its own cues");
        assertFalse(lx.cue(t, 2, Cue.WEIGHT_VERB), "a number has no cue");
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

    @Test
    void aSharedCurrencySignKnowsEveryCurrencyThatWritesIt() {
        Lexicon lx = Lexicon.english();
        Lexicon.Currency dollar = lx.currencies.at(lx.tokens("$"), 0).value();
        Lexicon.Currency yen = lx.currencies.at(lx.tokens("¥"), 0).value();
        Lexicon.Currency usDollar = lx.currencies.at(lx.tokens("US$"), 0).value();
        assertTrue(dollar.shared() && dollar.family().containsAll(Set.of("USD", "AUD", "NZD", "CAD", "HKD", "SGD")), "$: " + dollar);
        assertFalse(dollar.family().contains("EUR"), "$ is no euro");
        assertEquals(Set.of("CNY", "JPY"), yen.family());
        assertFalse(usDollar.shared(), "US$ names one currency");
    }

    @Test
    void aWordThatOnlyStartsACurrencyIsStillAName() {
        Lexicon lx = Lexicon.english();
        Tokens t = lx.tokens("Saudi Swiss Egyptian rupees yen francs");
        assertFalse(lx.known(t, 0), "Saudi starts \"Saudi riyals\" and is a name");
        assertFalse(lx.known(t, 1), "Swiss starts \"Swiss francs\" and is a name");
        assertFalse(lx.known(t, 2), "Egyptian starts \"Egyptian pounds\" and is a name");
        assertTrue(lx.known(t, 3) && lx.known(t, 4) && lx.known(t, 5), "a currency written as one word is a known word");
        Lexicon.Currency rupees = lx.currencies.at(lx.tokens("rupees"), 0).value();
        assertEquals(Set.of("INR", "PKR", "LKR", "NPR"), rupees.family());
    }
}
