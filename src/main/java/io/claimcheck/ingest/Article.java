package io.claimcheck.ingest;

import java.util.Objects;

/**
 * An article as the engine sees it, whatever door or CMS format it came through. Only
 * {@code body} is required.
 *
 * @param publishedAt ISO-8601 date or date-time; the reference date for relative times
 */
public record Article(String id, String headline, String body, BodyFormat bodyFormat, String language,
                      String publishedAt, String url, String publisher) {

    public Article {
        Objects.requireNonNull(body, "body");
        bodyFormat = bodyFormat == null ? BodyFormat.TEXT : bodyFormat;
    }

    /** A plain-text article with nothing but a body. */
    public static Article ofText(String body) {
        return new Article(null, null, body, BodyFormat.TEXT, null, null, null, null);
    }
}
