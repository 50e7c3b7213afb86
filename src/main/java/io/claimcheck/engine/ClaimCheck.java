package io.claimcheck.engine;

import io.claimcheck.checklist.Checklist;
import io.claimcheck.checklist.ChecklistBuilder;
import io.claimcheck.checklist.ChecklistItem;
import io.claimcheck.extract.Claim;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.extract.Lexicon;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.Ingest;
import io.claimcheck.ingest.PlainText;
import io.claimcheck.render.ClaimReviewRenderer;
import io.claimcheck.render.MarkdownRenderer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine behind one facade: an {@link Article} in, a {@link Checklist} out. Plain Java,
 * immutable and thread-safe; build one and share it. It never reads the clock: relative times
 * resolve against the article's {@code publishedAt} or stay unresolved.
 */
public final class ClaimCheck {

    public static final String NAME = "claimcheck";
    public static final String VERSION = "0.1.0";

    /**
     * Most claims one article's checklist holds. No newsroom checks more, and a Lambda response
     * cannot exceed 6 MB; past it the checklist says it was truncated.
     */
    public static final int MAX_CLAIMS = 2_000;

    private final ClaimExtractor extractor;
    private final ChecklistBuilder builder = new ChecklistBuilder();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ClaimReviewRenderer claimReview = new ClaimReviewRenderer();

    public ClaimCheck() {
        this(Lexicon.english());
    }

    public ClaimCheck(Lexicon lexicon) {
        this.extractor = new ClaimExtractor(lexicon);
    }

    public Checklist check(Article article) {
        PlainText body = Ingest.plainText(article.body(), article.bodyFormat());
        LocalDate ref = referenceDate(article.publishedAt());
        List<Claim> claims = new ArrayList<>();
        String headline = article.headline();
        if (headline != null && !headline.isBlank()) {
            claims.addAll(extractor.extract(headline, "headline", ref, MAX_CLAIMS));
        }
        claims.addAll(extractor.extract(body.text(), "body", ref, MAX_CLAIMS - claims.size(), headline, article.publisher()));
        boolean truncated = claims.size() >= MAX_CLAIMS;
        List<ChecklistItem> items = builder.build(claims);
        int worthy = 0;
        int high = 0;
        Set<String> groups = new HashSet<>();
        for (ChecklistItem i : items) {
            worthy += i.checkworthy() ? 1 : 0;
            high += "high".equals(i.priority()) ? 1 : 0;
            groups.add(i.group());
        }
        return new Checklist(
                new Checklist.ArticleInfo(article.id(), headline, article.language(), article.publishedAt(), article.url(), body.text()),
                List.copyOf(items),
                new Checklist.Summary(items.size(), worthy, high, groups.size(), truncated),
                new Checklist.EngineInfo(NAME, VERSION));
    }

    /** The checklist as Markdown an editor can paste into a CMS note or a ticket. */
    public String markdown(Checklist checklist) {
        return markdown.render(checklist);
    }

    /** The check-worthy figures as schema.org ClaimReview skeletons (a JSON-LD document). */
    public Map<String, Object> claimReview(Checklist checklist) {
        return claimReview.render(checklist);
    }

    /**
     * The calendar date of an ISO-8601 date or date-time, in its own offset; null when absent.
     *
     * @throws IllegalArgumentException when the value is not ISO-8601
     */
    public static LocalDate referenceDate(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String s = publishedAt.trim();
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s);
            }
            try {
                return OffsetDateTime.parse(s).toLocalDate();
            } catch (DateTimeParseException e) {
                try {
                    return ZonedDateTime.parse(s).toLocalDate();
                } catch (DateTimeParseException e2) {
                    return LocalDateTime.parse(s).toLocalDate();
                }
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("publishedAt must be an ISO-8601 date or date-time, such as 2025-09-11 or 2025-09-11T18:35:00+08:00");
        }
    }
}
