package io.claimcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Claim ids are stable across releases: the id is the FNV-1a hash of the UTF-8 of "field:start:end:text". */
class ChecklistIdTest {

    /** The definition, written the plain way: build the string, encode it, hash the bytes. */
    static String reference(String field, int start, int end, String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (field + ":" + start + ":" + end + ":" + text).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        String hex = Integer.toHexString((int) (h ^ (h >>> 32)));
        return "c-" + "00000000".substring(hex.length()) + hex;
    }

    @Provide
    Arbitrary<String> texts() {
        // ASCII, Latin-1, CJK, currency signs, emoji (surrogate pairs) and lone surrogates
        return Arbitraries.strings().withChars("$5,.% aé€¥中文\u00a0\u2019").withChars('\ud83d', '\ude00', '\udc00').ofMaxLength(30);
    }

    @Property(tries = 2000)
    void idIsTheHashOfTheUtf8OfFieldSpanAndText(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 2_000_000) int start,
                                                @ForAll @IntRange(min = 0, max = 200) int length) {
        for (String field : new String[] {"body", "headline"}) {
            assertEquals(reference(field, start, start + length, text), ChecklistBuilder.id(field, start, start + length, text));
        }
    }

    @Property(tries = 200)
    void edgeNumbers(@ForAll("texts") String text) {
        for (int n : new int[] {0, 9, 10, 99, 100, 1_000_000_000, Integer.MAX_VALUE}) {
            assertEquals(reference("body", n, n, text), ChecklistBuilder.id("body", n, n, text));
        }
    }
}
