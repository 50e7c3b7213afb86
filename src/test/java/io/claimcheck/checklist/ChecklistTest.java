package io.claimcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a fact-checker gets from the checklist stage, on articles written for these tests. */
class ChecklistTest {

    static final ClaimCheck ENGINE = new ClaimCheck();

    static final String BODY = "MILLBROOK, April 2 - The city's water utility lost 18 percent of its treated water to leaks in 2024, "
            + "up from 14 percent in 2022, according to the state auditor. The utility spent $3.2 million on repairs last year, "
            + "the auditor said.\n\n"
            + "Thousands of residents attended a hearing on Monday. Two councillors spoke. "
            + "The mayor, 61, promised to halve the losses within five years.\n\n"
            + "Millbrook is the third-largest city in the county. Leaks cost the city $3.2 million last year.";

    static Checklist check(String body) {
        return ENGINE.check(new Article("t1", "Millbrook loses 18 percent of its water", body, BodyFormat.TEXT, "en",
                "2025-04-02", "https://news.example/water", "Test Desk"));
    }

    static ChecklistItem find(Checklist c, String field, String text) {
        return c.claims().stream().filter(i -> i.field().equals(field) && i.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " claim '" + text + "' in " + c.claims().stream().map(ChecklistItem::text).toList()));
    }

    @Test
    void everyCheckworthyClaimHasAtLeastTwoChecksNamingItsFigure() {
        Checklist c = check(BODY);
        long worthy = c.claims().stream().filter(ChecklistItem::checkworthy).count();
        assertTrue(worthy >= 4, "checkworthy claims: " + worthy);
        for (ChecklistItem i : c.claims()) {
            if (!i.checkworthy()) {
                continue;
            }
            assertTrue(i.checks().size() >= 2, i.text() + ": " + i.checks());
            for (String check : i.checks()) {
                assertTrue(check.contains(i.text()) || i.about() != null && check.contains(i.about()),
                        "check names the figure or its words: " + check);
            }
        }
    }

    @Test
    void checksFollowWhatTheClaimIs() {
        Checklist c = check(BODY);
        ChecklistItem share = find(c, "body", "18 percent");
        assertTrue(share.checks().stream().anyMatch(s -> s.contains("percentage points")), share.checks().toString());
        assertTrue(share.checks().stream().anyMatch(s -> s.contains("the state auditor")), "names the cited source");
        ChecklistItem money = find(c, "body", "$3.2 million");
        assertTrue(money.checks().stream().anyMatch(s -> s.contains("USD") && s.contains("inflation")), money.checks().toString());
        ChecklistItem rank = find(c, "body", "third-largest");
        assertTrue(rank.checks().stream().anyMatch(s -> s.contains("who is compared")), rank.checks().toString());
    }

    @Test
    void vagueIncidentalAndAgeFiguresRankLow() {
        Checklist c = check(BODY);
        ChecklistItem crowd = find(c, "body", "Thousands");
        assertFalse(crowd.checkworthy());
        assertEquals("low", crowd.priority());
        assertFalse(crowd.reasons().isEmpty());
        ChecklistItem age = find(c, "body", "61");
        assertFalse(age.checkworthy(), "an age in passing");
        assertEquals("high", find(c, "body", "18 percent").priority());
    }

    @Test
    void aHeadingLineRepeatsTheSentenceThatStatesItsFigure() {
        Checklist c = check("Port approves £48m sea wall\n\nCouncillors agreed on Tuesday to build a £48m sea wall, officials said.");
        List<ChecklistItem> mentions = c.claims().stream().filter(i -> i.field().equals("body") && i.text().equals("£48m")).toList();
        assertEquals(2, mentions.size(), "both mentions are listed");
        ChecklistItem heading = mentions.get(0);
        ChecklistItem sentence = mentions.get(1);
        assertEquals(sentence.id(), sentence.group(), "the sentence leads the group");
        assertEquals(sentence.id(), heading.group(), "the heading repeats it");
        assertTrue(sentence.checkworthy());
        assertEquals("high", sentence.priority());
    }

    @Test
    void aHeadingOrListLineWhoseFigureTheStoryDoesNotRepeatIsChecked() {
        assertTrue(find(check("UK inflation falls to 2.3%, lowest in three years"), "body", "2.3%").checkworthy());
        Checklist c = check("Key figures\n\n- Defence spending up £2.2bn\n- Minimum wage rises 6.7%");
        assertTrue(find(c, "body", "£2.2bn").checkworthy());
        assertTrue(find(c, "body", "6.7%").checkworthy());
    }

    @Test
    void theOtherFewReferBackToWhatTheStoryNames() {
        Checklist c = check("Two of the five new councillors are from the Green Party. The other three won as independents.");
        assertFalse(find(c, "body", "three").checkworthy(), "refers back: " + find(c, "body", "three").reasons());
        assertTrue(find(c, "body", "five").checkworthy());
    }

    @Test
    void aPeriodThatEndsSetsTheTimeFrameOfAnotherFigure() {
        Checklist c = check("Prices rose 2.6% in the 12 months to October. The strike lasted 12 months in all.");
        List<ChecklistItem> months = c.claims().stream().filter(i -> i.text().equals("12 months")).toList();
        assertFalse(months.get(0).checkworthy(), "a time frame: " + months.get(0).reasons());
        assertTrue(months.get(1).checkworthy(), "a duration the story states");
        assertTrue(find(c, "body", "2.6%").checkworthy());
    }

    @Test
    void smallCountsOfDifferentThingsAreNoRepeatsAndGoalsAreScored() {
        Checklist c = check("Okoro scored twice, taking his tally to 14 goals. Rovers sit two points behind United.");
        ChecklistItem twice = find(c, "body", "twice");
        ChecklistItem two = find(c, "body", "two");
        assertEquals(two.id(), two.group(), "two points are no repeat of scoring twice");
        assertEquals(twice.id(), twice.group());
        assertTrue(find(c, "body", "14").checkworthy(), "goals scored are no target: " + find(c, "body", "14").reasons());
    }

    @Test
    void anAgeThatAStatisticStatesIsWorthChecking() {
        Checklist c = check("The average age of a first-time buyer is now 34. Lee, 52, a broker, was not surprised.");
        ChecklistItem stated = find(c, "body", "34");
        assertEquals("duration", stated.kind());
        assertTrue(stated.checkworthy(), "a statistic: " + stated.reasons());
        assertFalse(find(c, "body", "52").checkworthy(), "a person's age in passing");
    }

    @Test
    void repeatsAreGroupedButEveryMentionIsKept() {
        Checklist c = check(BODY);
        List<ChecklistItem> money = c.claims().stream().filter(i -> i.text().equals("$3.2 million")).toList();
        assertEquals(2, money.size(), "both mentions are in the checklist");
        assertEquals(money.get(0).id(), money.get(0).group());
        assertEquals(money.get(0).id(), money.get(1).group(), "the repeat points at the first mention");
        assertEquals("low", money.get(1).priority());
        ChecklistItem headline = find(c, "headline", "18 percent");
        ChecklistItem body = find(c, "body", "18 percent");
        assertEquals(headline.group(), body.group(), "headline and body mentions are one figure to check");
        String md = ENGINE.markdown(c);
        assertTrue(md.contains("Also stated"), md);
        assertTrue(c.summary().groups() < c.summary().claims());
    }

    @Test
    void idsAreStableForTheSameTextAndSpan() {
        Checklist a = check(BODY);
        Checklist b = check(BODY);
        assertEquals(a.claims().stream().map(ChecklistItem::id).toList(), b.claims().stream().map(ChecklistItem::id).toList());
        Checklist shifted = check("Note. " + BODY);
        assertNotEquals(a.claims().get(1).id(), shifted.claims().get(1).id(), "a different span is a different claim");
        assertEquals(a.claims().size(), a.claims().stream().map(ChecklistItem::id).distinct().count(), "ids are unique");
    }

    @Test
    void markdownIsAToDoListAnEditorCanPaste() {
        String md = ENGINE.markdown(check(BODY));
        assertTrue(md.startsWith("## Fact-check: Millbrook loses 18 percent of its water"), md);
        assertTrue(md.contains("figures to check"), md);
        assertTrue(md.contains("- [ ] **18 percent**"), md);
        assertTrue(md.contains("  > "), "quotes the sentence");
        assertTrue(md.contains("  - [ ] Find the primary source"), md);
        assertTrue(md.contains("<details>"), "low-value figures are folded away");
        assertFalse(md.contains("null"), md);
    }

    @Test
    void markdownEscapesTheArticlesOwnMarkup() {
        String md = ENGINE.markdown(ENGINE.check(Article.ofText("Sales of *widgets* rose 5% to [redacted] levels.")));
        assertTrue(md.contains("\\*widgets\\*"), md);
        assertTrue(md.contains("\\[redacted\\]"), md);
    }

    @Test
    @SuppressWarnings("unchecked")
    void claimReviewSkeletonsLeaveTheRatingToTheHuman() {
        Map<String, Object> doc = ENGINE.claimReview(check(BODY));
        assertEquals("https://schema.org", doc.get("@context"));
        List<Map<String, Object>> graph = (List<Map<String, Object>>) doc.get("@graph");
        assertFalse(graph.isEmpty());
        for (Map<String, Object> review : graph) {
            assertEquals("ClaimReview", review.get("@type"));
            assertTrue(review.containsKey("reviewRating"));
            assertNull(review.get("reviewRating"));
            Map<String, Object> claim = (Map<String, Object>) review.get("itemReviewed");
            assertEquals("Claim", claim.get("@type"));
            Map<String, Object> appearance = (Map<String, Object>) claim.get("appearance");
            assertEquals("https://news.example/water", appearance.get("url"));
        }
    }

    @Test
    void noClockWithoutAPublicationDate() {
        Checklist c = ENGINE.check(Article.ofText("Exports rose 4% last year."));
        ChecklistItem i = c.claims().get(0);
        assertEquals("last year", i.time().text());
        assertNull(i.time().value(), "unresolved without publishedAt");
    }
}
