package io.claimcheck.ingest;

import java.util.Locale;

/** How an article body is written. */
public enum BodyFormat {
    TEXT, HTML, MARKDOWN;

    /** Reads "text", "html" or "markdown" (any case); null means text. */
    public static BodyFormat parse(String name) {
        if (name == null || name.isBlank()) {
            return TEXT;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text", "plain", "txt" -> TEXT;
            case "html" -> HTML;
            case "markdown", "md" -> MARKDOWN;
            default -> throw new IllegalArgumentException("bodyFormat must be text, html or markdown");
        };
    }
}
