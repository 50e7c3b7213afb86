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
            "\u0001", "\t", "5.", "...", ",", "-", "\u00c9t\u00e9", "Zhang", "said", "e.g", "- ", "\u2022 ", "*", "\n- ");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void tokenSplitEqualsCharacterSplit(@ForAll("texts") String text) {
        assertArrayEquals(splitChars(text.toCharArray()), Sentences.split(text), () -> "for " + text.replace("\n", "\\n"));
    }

    @Property(tries = 3000)
    void quotesAndParagraphsFromTokensEqualTheCharacterReading(@ForAll("texts") String text) {
        Tokens t = Tokens.of(text);
        int[] sentences = Sentences.split(t);
        int n = sentences.length / 2;
        boolean[] quotedChars = new boolean[n];
        int[] paraChars = new int[n];
        quotesAndParagraphsByChars(t.chars, sentences, quotedChars, paraChars);
        boolean[] quoted = new boolean[n];
        int[] para = new int[n];
        Context.quotesAndParagraphs(t, sentences, quoted, para, null);
        assertArrayEquals(quotedChars, quoted, () -> "quoted, for " + text.replace("\n", "\\n"));
        assertArrayEquals(paraChars, para, () -> "paragraphs, for " + text.replace("\n", "\\n"));
    }

    @Test
    void newsParagraphs() {
        String text = "BERLIN, March 3 (Staff) \u2014 Prices rose 2.4% in the U.S. last year.\n\n"
                + "\u201cIt is a lot,\u201d said Dr. Anna B. Weiss. Inflation? It fell!\r\nEnd of story";
        int[] got = Sentences.split(text);
        assertArrayEquals(splitChars(text.toCharArray()), got);
        List<String> sentences = new java.util.ArrayList<>();
        for (int k = 0; k < got.length; k += 2) {
            sentences.add(text.substring(got[k], got[k + 1]));
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(
                "BERLIN, March 3 (Staff) \u2014 Prices rose 2.4% in the U.S. last year.",
                "\u201cIt is a lot,\u201d said Dr. Anna B. Weiss.", "Inflation?", "It fell!", "End of story"), sentences);
    }

    /** The characters that may end a sentence, as bits of a long: '\n', '\r', '.', '!' and '?'. */
    private static final long STOPS = 1L << '\n' | 1L << '\r' | 1L << '.' | 1L << '!' | 1L << '?';

    /** The split by reading every character: the reference the token-driven split must equal. */
    static int[] splitChars(char[] text) {
        Sentences.Ranges out = new Sentences.Ranges(text);
        int n = text.length;
        int start = Sentences.skipSpace(text, 0);
        int i = start;
        while (i < n) {
            // only line breaks and . ! ? matter here: one mask test a character
            while (i < n && (text[i] >= 64 || (STOPS >>> text[i] & 1) == 0)) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = text[i];
            if (c == '\n' || c == '\r') {
                out.add(start, i);
                start = Sentences.skipSpace(text, i);
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && Sentences.endsSentence(text, start, i)) {
                int e = i + 1;
                while (e < n && (text[e] == '"' || text[e] == '\u201d' || text[e] == '\''
                        || text[e] == '\u2019' || text[e] == ')' || text[e] == '.')) {
                    e++;
                }
                out.add(start, e);
                start = Sentences.skipSpace(text, e);
                i = start;
                continue;
            }
            i++;
        }
        out.add(start, n);
        return out.toArray();
    }

    /**
     * Quotation and paragraph state read character by character: the reference for the token reading. A
     * line that opens with a list mark and a space, after some text, is a paragraph of its own.
     */
    static void quotesAndParagraphsByChars(char[] text, int[] sentences, boolean[] quoted, int[] paragraph) {
        int n = sentences.length / 2;
        boolean inside = false;
        int para = 0;
        int pos = 0;
        boolean seenText = false;
        boolean lineStart = false;
        for (int k = 0; k < n; k++) {
            int start = sentences[2 * k];
            for (; pos <= start && pos < text.length; pos++) {
                char c = text[pos];
                boolean listLine = lineStart && seenText && pos > para && Context.LIST_MARKS.indexOf(c) >= 0 && spacedText(text, pos + 1);
                if (listLine) {
                    inside = false;
                    para = pos;
                }
                if (pos == start) {
                    break; // a mark at the sentence's start counts before it; a quotation mark only after it
                }
                if (lineBreak(c)) {
                    lineStart = true;
                } else if (!spaceLike(c)) {
                    lineStart = false;
                    seenText = true;
                }
                if (c == '\n') {
                    if (pos + 1 < text.length && text[pos + 1] == '\n') {
                        inside = false;
                        para = pos + 2;
                    }
                } else if (c == '"') {
                    inside = !inside;
                } else if (c == '\u201c') {
                    inside = true;
                } else if (c == '\u201d') {
                    inside = false;
                }
            }
            quoted[k] = inside;
            paragraph[k] = para;
        }
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** What the tokenizer reads as space between tokens on one line. */
    private static boolean spaceLike(char c) {
        if (lineBreak(c)) {
            return false;
        }
        return c < 128 ? c <= ' ' || c == 127 : Character.isWhitespace(c) || Character.isSpaceChar(c) || Tokens.ignorable(c);
    }

    /** True when space, then more of the line, follows at {@code p}. */
    private static boolean spacedText(char[] text, int p) {
        if (p >= text.length || !spaceLike(text[p])) {
            return false;
        }
        while (p < text.length && spaceLike(text[p])) {
            p++;
        }
        return p < text.length && !lineBreak(text[p]);
    }
}
