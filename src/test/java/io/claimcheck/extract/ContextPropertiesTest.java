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
        // names, agencies, punctuation, digits, accents, CJK, a letter outside the BMP, and an upper-case
        // character that is no letter (the Roman numeral eight)
        return Arbitraries.strings().withChars("ab Z-.'1é中\u00a0\u2167").withChars('\ud835', '\udc00').ofMaxLength(16);
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
    void kindOfANameMatchesTheKindOfItsWordsSplitByTheRegex(@ForAll("sourceNames") String s) {
        assertEquals(kindBySplit(s), Context.kind(s), () -> "for '" + s + "'");
    }

    @Property(tries = 3000)
    void kindOfAnyTextMatchesTheKindOfItsWordsSplitByTheRegex(@ForAll("sources") String s) {
        assertEquals(kindBySplit(s), Context.kind(s), () -> "for '" + s + "'");
    }

    static final List<String> MEDIA = List.of("times", "news", "herald", "post", "journal", "reuters", "xinhua", "bbc", "cnn",
            "guardian", "telegraph", "press", "tribune", "gazette", "daily", "media", "wikinews", "outlet", "newspaper",
            "magazine", "television", "radio", "agency", "bloomberg", "ap", "afp");
    static final List<String> STUDY = List.of("report", "study", "survey", "poll", "research", "researchers", "estimates",
            "analysis", "analysts", "paper", "experts", "scientists", "findings", "review", "index");
    static final List<String> OFFICIAL = List.of("data", "statistics", "bureau", "census", "ministry", "official", "officials",
            "office", "department", "government", "figures", "agency", "administration", "commission", "committee", "reserve",
            "authority", "council", "statistical");
    static final List<String> ORG = List.of("inc", "corp", "company", "institute", "university", "association", "group",
            "bank", "fund", "foundation", "organization", "organisation", "party", "union", "society", "center", "centre",
            "firm", "council", "board", "nasa", "microsoft", "apple", "google", "un", "who", "imf");

    /** The kind of a source as the library calls give it: lower-case, split on non-letters, look each word up. */
    static String kindBySplit(String source) {
        List<String> words = source.isEmpty() ? List.of("") : List.of(NON_LETTERS.split(source.toLowerCase(java.util.Locale.ROOT)));
        if (words.size() == 1 && words.get(0).isEmpty() && !source.isEmpty()) {
            words = List.of(); // nothing but non-letters
        }
        for (List<String> kindWords : List.of(MEDIA, STUDY, OFFICIAL, ORG)) {
            for (String w : words) {
                if (kindWords.contains(w)) {
                    return kindWords == MEDIA ? "media" : kindWords == STUDY ? "study" : kindWords == OFFICIAL ? "official_statistics"
                            : "organisation";
                }
            }
        }
        boolean capitalized = !source.isEmpty() && Character.isUpperCase(source.charAt(0));
        return capitalized && words.size() <= 4 ? "person" : "organisation";
    }
}
