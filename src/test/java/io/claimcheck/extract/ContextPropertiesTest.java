package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written helpers of {@link Context} behave as the library calls they replace. */
class ContextPropertiesTest {

    static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    @Provide
    Arbitrary<String> sources() {
        // names, agencies, punctuation, digits, accents, CJK and a letter outside the BMP
        return Arbitraries.strings().withChars("ab Z-.'1é中\u00a0").withChars('\ud835', '\udc00').ofMaxLength(16);
    }

    @Property(tries = 3000)
    void letterRunsSplitLikeTheRegex(@ForAll("sources") String s) {
        assertEquals(List.of(NON_LETTERS.split(s)), Context.letterRuns(s), () -> "for '" + s + "'");
    }

    @Provide
    Arbitrary<String> sourceNames() {
        // words of every kind list, names, punctuation and a letter beyond ASCII, in any case
        Arbitrary<String> word = Arbitraries.of("Times", "news", "Bureau", "survey", "Bank", "who", "Zhang", "Li", "of", "the",
                "RESEARCH", "data", "é", "Ministry", "x", "Ap", "a-b");
        Arbitrary<String> sep = Arbitraries.of(" ", " ", ", ", "'", ".", "-", "1");
        return Arbitraries.oneOf(word, sep).list().ofMaxSize(9).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void kindOfAsciiTextMatchesKindOfAnyText(@ForAll("sourceNames") String s) {
        assertEquals(Context.kindOfAnyText(s), Context.kind(s), () -> "for '" + s + "'");
    }
}
