package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The token arrays: a text's last token is read like any other, whatever the arrays' capacity; arrays
 * reused from an earlier text read exactly as fresh ones.
 */
class TokensTest {

    private static final QuantityScanner SCANNER = new QuantityScanner(Lexicon.english());

    @Test
    void aNumberThatEndsTheTextIsFoundAtEveryLength() {
        // the arrays start at 16 slots and double: texts of 1 to 140 tokens cross 16, 32, 64 and 128 exactly
        StringBuilder words = new StringBuilder();
        for (int n = 0; n < 140; n++) {
            String text = words + "ate 75";
            List<Quantity> found = SCANNER.scan(text).quantities();
            assertEquals(1, found.size(), "with " + (n + 2) + " tokens: " + text);
            assertEquals(75, found.get(0).value(), 0, text);
            words.append(n % 2 == 0 ? "then " : "they ");
        }
    }

    @Test
    void theSlotAfterTheLastTokenReadsAsALineBreak() {
        for (String text : List.of("a b c d e f g h i j k l m n o 75", "75", "")) {
            Tokens t = Lexicon.english().tokens(text);
            assertEquals(2, t.gap[t.size], "after the last token of \"" + text + "\"");
        }
    }

    @Test
    void reusedArraysReadExactlyAsFreshOnes() {
        Lexicon lx = Lexicon.english();
        // the earlier text leaves numbers, words with lexicon bits and symbols in every slot the later one uses
        String earlier = "Sales rose 12.5% to $4,500 in May, or 1,234 units; over 60 km away. ".repeat(8);
        String later = "The board said: five new plants. A third of 300 staff left, a rate of 2.5 per cent.";
        Tokens spare = lx.tokens(earlier);
        Tokens reused = lx.tokens(later, spare);
        Tokens fresh = lx.tokens(later);
        assertSame(spare.kind, reused.kind, "the arrays are the earlier text's");
        assertEquals(fresh.size, reused.size);
        for (int i = 0; i <= fresh.size; i++) {
            String at = "slot " + i + " of " + fresh.size;
            assertEquals(fresh.kind[i], reused.kind[i], at);
            assertEquals(fresh.start[i], reused.start[i], at);
            assertEquals(fresh.end[i], reused.end[i], at);
            assertEquals(fresh.numEnd[i], reused.numEnd[i], at);
            assertEquals(fresh.value[i], reused.value[i], 0, at);
            assertEquals(fresh.numFlags[i], reused.numFlags[i], at);
            assertEquals(fresh.gap[i], reused.gap[i], at);
            assertEquals(fresh.hash[i], reused.hash[i], at);
            assertEquals(fresh.bits[i], reused.bits[i], at);
        }
        assertEquals(SCANNER.scan(later).quantities(), SCANNER.scan(later, Integer.MAX_VALUE, lx.tokens(earlier)).quantities());
    }

    @Test
    void theExtractorGivesTheSameClaimsWhateverItReadBefore() {
        ClaimExtractor extractor = new ClaimExtractor(Lexicon.english());
        String text = "The council spent £4.2m, about 12% more than in 2023, on 1,500 new homes.";
        List<Claim> first = extractor.extract(text, "body", null);
        extractor.extract("A long earlier article with 250 figures, such as 3.5% and 7 km. ".repeat(40), "body", null);
        extractor.extract("Short: 9 pupils.", "body", null);
        assertEquals(first, extractor.extract(text, "body", null));
    }
}
