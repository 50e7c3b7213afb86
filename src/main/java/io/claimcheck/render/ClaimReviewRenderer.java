package io.claimcheck.render;

import io.claimcheck.checklist.Checklist;
import io.claimcheck.checklist.ChecklistItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code ClaimReview} skeletons (JSON-LD) for the check-worthy figures, one per
 * group: the {@code Claim} with its appearance in the article. {@code reviewRating} is left
 * for the human who does the check.
 */
public final class ClaimReviewRenderer {

    public Map<String, Object> render(Checklist checklist) {
        List<Object> reviews = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ChecklistItem i : checklist.claims()) {
            if (!i.checkworthy() || !seen.add(i.group())) {
                continue;
            }
            Map<String, Object> appearance = new LinkedHashMap<>();
            appearance.put("@type", "CreativeWork");
            if (checklist.article().url() != null) {
                appearance.put("url", checklist.article().url());
            }
            if (checklist.article().headline() != null) {
                appearance.put("headline", checklist.article().headline());
            }
            if (checklist.article().publishedAt() != null) {
                appearance.put("datePublished", checklist.article().publishedAt());
            }
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("@type", "Claim");
            claim.put("text", i.sentence());
            claim.put("appearance", appearance);
            if (i.attribution() != null) {
                claim.put("author", Map.of("@type", i.attribution().kind().equals("person") ? "Person" : "Organization",
                        "name", i.attribution().source()));
            }
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("@type", "ClaimReview");
            review.put("identifier", i.id());
            review.put("claimReviewed", i.text() + (i.about() == null ? "" : " (" + i.about() + ")"));
            review.put("itemReviewed", claim);
            review.put("reviewRating", null);
            reviews.add(review);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@graph", reviews);
        return doc;
    }
}
