package io.claimcheck.checklist;

import java.util.List;

/** The whole checklist for one article: SPEC.md §2. */
public record Checklist(ArticleInfo article, List<ChecklistItem> claims, Summary summary, EngineInfo engine) {

    /** The article as the offsets see it: {@code text} is the body's plain text. */
    public record ArticleInfo(String id, String headline, String language, String publishedAt, String url, String text) {
    }

    /**
     * Counts for a summary line; {@code high}, {@code groups} and {@code truncated} extend the
     * contract. {@code truncated} is true when the article held more claims than one checklist lists.
     */
    public record Summary(int claims, int checkworthy, int high, int groups, boolean truncated) {
    }

    public record EngineInfo(String name, String version) {
    }
}
