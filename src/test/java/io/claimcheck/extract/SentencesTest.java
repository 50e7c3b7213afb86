package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The sentence splitter reads tokens, not characters; it must cut exactly where a reading of
 * every character would. Random text drawn from the pieces that matter (stops, line breaks,
 * abbreviations, initials, quotes, decimals, invisible and control characters) checks that.
 */
class SentencesTest {

    static final List<String> PIECES = List.of("The", " ", "  ", "rate", "rose", "3.5", "4", ".", "!", "?", "\n", "\r\n", "\r", "\n\n",
            "\"", "\u201c", "\u201d", "'", "\u2019", ")", "(", "Mr", "U.S", "Inc", "B", "x", "\u00a0", "\u2028", "\u200b",
            "\u0001", "\t", "5.", "...", ",", "-", "\u00c9t\u00e9", "Zhang", "said", "e.g");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void tokenSplitEqualsCharacterSplit(@ForAll("texts") String text) {
        assertArrayEquals(Sentences.splitChars(text.toCharArray()), Sentences.split(text), () -> "for " + text.replace("\n", "\\n"));
    }

    @Property(tries = 3000)
    void quotesAndParagraphsFromTokensEqualTheCharacterReading(@ForAll("texts") String text) {
        Tokens t = Tokens.of(text);
        int[] sentences = Sentences.split(t);
        int n = sentences.length / 2;
        boolean[] quotedChars = new boolean[n];
        int[] paraChars = new int[n];
        Context.quotesAndParagraphs(t.chars, sentences, quotedChars, paraChars);
        boolean[] quoted = new boolean[n];
        int[] para = new int[n];
        Context.quotesAndParagraphs(t, sentences, quoted, para);
        assertArrayEquals(quotedChars, quoted, () -> "quoted, for " + text.replace("\n", "\\n"));
        assertArrayEquals(paraChars, para, () -> "paragraphs, for " + text.replace("\n", "\\n"));
    }

    @Test
    void newsParagraphs() {
        String text = "BERLIN, March 3 (Staff) \u2014 Prices rose 2.4% in the U.S. last year.\n\n"
                + "\u201cIt is a lot,\u201d said Dr. Anna B. Weiss. Inflation? It fell!\r\nEnd of story";
        int[] got = Sentences.split(text);
        assertArrayEquals(Sentences.splitChars(text.toCharArray()), got);
        List<String> sentences = new java.util.ArrayList<>();
        for (int k = 0; k < got.length; k += 2) {
            sentences.add(text.substring(got[k], got[k + 1]));
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(
                "BERLIN, March 3 (Staff) \u2014 Prices rose 2.4% in the U.S. last year.",
                "\u201cIt is a lot,\u201d said Dr. Anna B. Weiss.", "Inflation?", "It fell!", "End of story"), sentences);
    }
}
