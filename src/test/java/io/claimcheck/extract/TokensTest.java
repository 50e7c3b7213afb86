package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The token arrays: a text's last token is read like any other, whatever the arrays' capacity. */
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
}
