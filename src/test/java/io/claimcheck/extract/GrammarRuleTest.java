package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that read what follows a number, one at a time: each keeps its contract (it consumes
 * nothing and changes nothing when its line does not match) and does its own work alone.
 */
class GrammarRuleTest {

    private static final Lexicon LX = Lexicon.english();

    static List<GrammarRule<UnitRules>> following() {
        return UnitRules.FOLLOWING;
    }

    /** The rule after a number whose grammar line is {@code line}. */
    private static GrammarRule<UnitRules> following(String line) {
        return UnitRules.FOLLOWING.stream().filter(r -> r.name().equals(line)).findFirst().orElseThrow();
    }

    /** The filter whose grammar line is {@code line}. */
    private static ClaimFilters.Filter filter(String line) {
        return ClaimFilters.FILTERS.stream().filter(f -> f.name().equals(line)).findFirst().orElseThrow();
    }

    /** The scan of {@code text}, and a bare number atom at its first token, as the scanner makes it. */
    private static Scan scanOf(String text) {
        return new Scan(LX, LX.tokens(text));
    }

    @Test
    void everyRuleHasItsOwnGrammarLine() {
        Set<String> names = new HashSet<>();
        for (GrammarRule<UnitRules> r : UnitRules.FOLLOWING) {
            assertTrue(r.name().contains("<"), "a grammar line names what it reads: " + r.name());
            assertTrue(names.add(r.name()), "two rules share the line " + r.name());
        }
    }

    @ParameterizedTest(name = "{0} leaves \"4,500 apples grew\" alone")
    @MethodSource("following")
    void aRuleThatDoesNotMatchConsumesNothingAndChangesNothing(GrammarRule<UnitRules> rule) {
        Scan s = scanOf("Officials said 4,500 apples grew");
        Candidate c = s.atoms.atom(2);
        String before = describe(c);
        int next = rule.apply(s.units, c, c.te);
        assertEquals(c.te, next, rule.name() + " consumed a token");
        assertEquals(before, describe(c), rule.name() + " changed the candidate");
    }

    @ParameterizedTest(name = "\"{0}\": {1} reads up to token {2}, value {3}, {4}")
    @CsvSource(delimiter = ';', value = {
        "600 billion yuan       ; <number> [-]<scale>                     ; 2 ; 6.0E11 ; null",
        "600 yuan               ; <number>|<vague magnitude> <currency>   ; 2 ; 600.0  ; money CNY",
        "75 cents               ; <number> cents|pence                    ; 2 ; 0.75   ; money USD",
        "2.1 points to 34%      ; <number> points <near a percentage>     ; 2 ; 2.1    ; percentage_points pp",
        "3,500 square miles     ; <number>|<vague magnitude> [a|of a] <unit> ; 3 ; 3500.0 ; measure sq mi",
        "18-fold rise           ; <number>-<unit>[-old]|-fold|-point|-plus|-odd, <fraction word>-point ; 3 ; 18.0 ; null",
        "3-point lead, 48%      ; <number>-<unit>[-old]|-fold|-point|-plus|-odd, <fraction word>-point ; 3 ; 3.0 ; percentage_points pp",
        "a quarter-point cut    ; <number>-<unit>[-old]|-fold|-point|-plus|-odd, <fraction word>-point ; 4 ; 0.25 ; percentage_points pp",
        "6ft 2in tall           ; <number> <unit> [,][and] <number> <smaller unit> ; 2 ; 74.0 ; measure in",
        "5 in 8 voters          ; <number> in|out of <number>             ; 3 ; 0.625  ; null",
        "500 or more people     ; <number> <post-qualifier>|+             ; 3 ; 500.0  ; null",
        "500+ people            ; <number> <post-qualifier>|+             ; 2 ; 500.0  ; null",
    })
    void aRuleReadsItsOwnLineAndNothingMore(String text, String line, int next, double value, String kindAndUnit) {
        GrammarRule<UnitRules> rule = following(line);
        Scan s = scanOf(text);
        Candidate c = s.atoms.atom(0);
        assertEquals(next, rule.apply(s.units, c, c.te), "tokens consumed");
        assertEquals(value, c.value, 1e-9);
        assertEquals(kindAndUnit, c.kind == null ? "null" : c.kind + " " + c.unit);
    }

    @ParameterizedTest(name = "\"{0}\": the rate is in {2}")
    @CsvSource(delimiter = ';', value = {
        "rupee at 83.6 per dollar         ; 2 ; INR",
        "rupee at 83.6 against the dollar ; 2 ; INR",
        "pound at 1.25 against the dollar ; 2 ; USD",
        "dollar at 151 to the yen         ; 2 ; JPY",
        "dollar at 151 per yen            ; 2 ; USD",
        "yen at 151 to the dollar         ; 2 ; JPY",
    })
    void anExchangeRateIsMoneyInTheCurrencyItIsQuotedIn(String text, int at, String unit) {
        GrammarRule<UnitRules> rule = following("<number> per|to the|against the <currency>");
        Scan s = scanOf(text);
        Candidate c = s.atoms.atom(at);
        assertEquals(at + 1, rule.apply(s.units, c, c.te), "the words after the number stay outside the span");
        assertEquals("money " + unit, c.kind + " " + c.unit);
    }

    @Test
    void anExchangeRateNeedsASecondCurrency() {
        GrammarRule<UnitRules> rule = following("<number> per|to the|against the <currency>");
        for (String text : List.of("sold 83.6 per dollar", "dollar at 83.6 per dollar", "rupee at 83.6 per store")) {
            Scan s = scanOf(text);
            Candidate c = s.atoms.atom(text.startsWith("sold") ? 1 : 2);
            rule.apply(s.units, c, c.te);
            assertEquals(null, c.kind, text);
        }
    }

    @Test
    void rulesComposeInOrderEachFromWhereTheOneBeforeStopped() {
        Scan s = scanOf("valued at over 600 billion yuan");
        Candidate c = s.atoms.atom(3);
        s.build(c);
        assertEquals(6e11, c.value, 1e-3);
        assertEquals("lower", c.bound);
        assertEquals("money CNY", c.kind + " " + c.unit);
        assertEquals("<qualifier> <number> <scale> <currency>", c.rule);
        assertEquals(2, c.ts, "the span opens at the qualifier");
        assertEquals(6, c.te, "and closes after the currency");
        assertFalse(c.type == Candidate.SKIP);
    }

    static List<NonClaims.Rule> nonClaims() {
        return NonClaims.AT_A_NUMBER;
    }

    @ParameterizedTest(name = "{0} does not start at \"4,500 apples\"")
    @MethodSource("nonClaims")
    void aNonClaimRuleMatchesOnlyItsOwnSpan(NonClaims.Rule rule) {
        Scan s = scanOf("Officials said 4,500 apples grew");
        assertEquals(-1, rule.end(s.nonClaims, 2), rule.name());
        assertTrue(s.times.isEmpty() && s.out.isEmpty(), rule.name() + " left something behind");
    }

    @ParameterizedTest(name = "\"{0}\" is consumed whole by {1}")
    @CsvSource(delimiter = ';', value = {
        "see https://example.com/2025/06/03/story-123 ; <web address>/<number>...",
        "at www.example.org/page/2    ; <web address>/<number>...",
        "the class of ’24             ; <apostrophe><two digits>[s]",
        "music of the ’90s            ; <apostrophe><two digits>[s]",
        "shop at 7-Eleven             ; <digits>-<Number word>|<Letter>, <digits>(<letter>)",
        "filed its 10-K               ; <digits>-<Number word>|<Letter>, <digits>(<letter>)",
        "saves into a 401(k)          ; <digits>-<Number word>|<Letter>, <digits>(<letter>)",
        "at 22:30 GMT                 ; <hour>:<minutes>[:<seconds>] [am|pm|<zone>]",
        "Version 2.4.1                ; <identifier>.<digits>, <digits>.<digits>.<digits>",
        "at 51.5074° N                ; <degrees>° N|S|E|W",
        "by 10.04 GMT                 ; <hour>[.]<minutes> <zone>",
        "at 1542 UTC                  ; <hour>[.]<minutes> <zone>",
        "the 1990s                    ; <hour>am|pm, <decade>s",
        "at 6 p.m.                    ; <hour> am|pm|o'clock|a.m.|p.m.",
        "call 202-452-2955            ; <phone number>",
        "call (212) 555-0100          ; <phone number>",
        "call +1 (212) 555-0100       ; <phone number>",
        "on 18 May 2015               ; <day> <Month> [<year>]",
        "in 2024-25                   ; <year>-<year>",
        "odds of 50-50                ; 50-50, 50/50, a 360-degree|180-degree",
        "odds of 50/50                ; 50-50, 50/50, a 360-degree|180-degree",
        "a 360-degree                 ; 50-50, 50/50, a 360-degree|180-degree",
        "Image 1 of 5                 ; <locator> <number> of <number>",
        "23 comments                  ; <line start> <number> comments|shares|views <line end>",
        "Published 2 hours ago        ; <line start> Published|Updated|By ... <number> <unit> ago <line end>",
        "By Jane Smith, 5 hours ago   ; <line start> Published|Updated|By ... <number> <unit> ago <line end>",
        "Arsenal 38 28 5 5 89         ; <number> <number> <number> ...",
        "flew the Boeing 787-9        ; <Name> <number>-<number>",
        "the Senate voted 68-32       ; <vote verb> ... <number>-|to <number>",
        "the vote was 5 to 4          ; <vote verb> ... <number>-|to <number>",
    })
    void aNonClaimRuleConsumesItsSpanToTheEnd(String text, String line) {
        NonClaims.Rule rule = NonClaims.AT_A_NUMBER.stream().filter(r -> r.name().equals(line)).findFirst().orElseThrow();
        Scan s = scanOf(text);
        int first = firstNumber(s);
        assertEquals(s.t.size, rule.end(s.nonClaims, first), line + " on \"" + text + "\"");
        assertEquals(s.t.size, s.nonClaims.nonClaim(first), "the scanner takes the same span");
    }

    @Test
    void theFirstOfTwoDaysIsConsumedAndTheSecondIsReadAsTheDate() {
        NonClaims.Rule paired = NonClaims.AT_A_NUMBER.stream().filter(r -> r.name().startsWith("<day>|<hour>")).findFirst().orElseThrow();
        Scan s = scanOf("on 3 and 4 June");
        assertEquals(3, paired.end(s.nonClaims, 1), "\"3 and\", up to the second day");
        assertEquals(-1, paired.end(scanOf("on 3 and 4 goals").nonClaims, 1), "no month after the second: two counts");
        assertEquals(3, paired.end(scanOf("at 9 and 10 o'clock").nonClaims, 1), "two hours, one clock word");
    }

    @Test
    void aListMarkerIsConsumedButNotTheItemAfterIt() {
        Scan s = scanOf("Budget facts\n2. The deficit fell by 0.6%.");
        NonClaims.Rule marker = NonClaims.AT_A_NUMBER.stream().filter(r -> r.name().startsWith("<line start> <number>.")).findFirst().orElseThrow();
        assertEquals(4, marker.end(s.nonClaims, 2), "\"2.\" and nothing more");
        Scan inline = scanOf("The deficit was 2. The Treasury said so.");
        assertEquals(-1, marker.end(inline.nonClaims, 3), "a number inside a line is no list marker");
    }

    static List<ClaimFilters.Filter> filters() {
        return ClaimFilters.FILTERS;
    }

    @ParameterizedTest(name = "{0} lets \"4,500 apples\" through")
    @MethodSource("filters")
    void aFilterThatDoesNotApplyDecidesNothing(ClaimFilters.Filter filter) {
        Scan s = scanOf("Officials said 4,500 apples grew");
        Candidate c = s.atoms.atom(2);
        String before = describe(c);
        assertEquals(ClaimFilters.Verdict.NEXT, filter.check().of(s.filters, c), filter.name());
        assertEquals(before, describe(c), filter.name() + " changed the candidate");
    }

    @Test
    void everyFilterHasItsOwnGrammarLine() {
        Set<String> names = new HashSet<>();
        for (ClaimFilters.Filter f : ClaimFilters.FILTERS) {
            assertTrue(names.add(f.name()), "two filters share the line " + f.name());
        }
    }

    @ParameterizedTest(name = "\"{0}\": {1} decides {2}")
    @CsvSource(delimiter = ';', value = {
        "the 2019 storm               ; <year>                  ; NOT_A_CLAIM",
        "Route 66 reopened            ; <locator> <number>      ; NOT_A_CLAIM",
        "a magnitude 7.2 quake        ; magnitude [of] <number> ; CLAIM",
        "a magnitude of 6.4, it       ; magnitude [of] <number> ; CLAIM",
        "the hazard ratio was 0.82    ; ratio [of|was|is] <number>, <number>% CI, p<<number>, [<number>] ; CLAIM",
        "significant (p<0.05)         ; ratio [of|was|is] <number>, <number>% CI, p<<number>, [<number>] ; NOT_A_CLAIM",
        "similar findings [12]        ; ratio [of|was|is] <number>, <number>% CI, p<<number>, [<number>] ; NOT_A_CLAIM",
        "a share of 12 percent        ; ratio [of|was|is] <number>, <number>% CI, p<<number>, [<number>] ; NEXT",
        "Internet Explorer 9 shipped  ; <Name> <number>         ; NOT_A_CLAIM",
        "Cupertino, CA 95014          ; <number> <Street name>, <STATE> <zip> ; NOT_A_CLAIM",
    })
    void aFilterDecidesItsOwnCase(String text, String line, ClaimFilters.Verdict verdict) {
        ClaimFilters.Filter filter = filter(line);
        Scan s = scanOf(text);
        int first = firstNumber(s);
        Candidate c = s.atoms.atom(first);
        assertEquals(verdict, filter.check().of(s.filters, c), line + " on \"" + text + "\"");
    }

    @Test
    void fullConvictionIsNoShareButAFullTurnoutIs() {
        ClaimFilters.Filter filter = filter("100 percent sure|committed");
        for (String text : List.of("I am 100% sure", "Turnout was 100% in the village")) {
            Scan s = scanOf(text);
            int first = firstNumber(s);
            Candidate c = s.atoms.atom(first);
            s.build(c);
            assertEquals(text.contains("sure") ? ClaimFilters.Verdict.NOT_A_CLAIM : ClaimFilters.Verdict.NEXT, filter.check().of(s.filters, c), text);
        }
    }

    private static int firstNumber(Scan s) {
        int first = 0;
        while (!s.t.isNum(first)) {
            first++;
        }
        return first;
    }

    private static String describe(Candidate c) {
        return c.ts + "-" + c.te + " " + c.type + " " + c.value + " " + c.kind + " " + c.unit + " " + c.bound + " " + c.change
                + " " + c.scaled + " " + c.qualified + " " + c.money + " " + c.rule;
    }
}
