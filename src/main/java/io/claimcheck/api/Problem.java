package io.claimcheck.api;

import java.util.List;

/**
 * An RFC 9457 problem, as every rejected request receives it ({@code application/problem+json}).
 *
 * @param violations every field that failed validation; empty for other problems
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed, by its JSON name. */
    public record Violation(String field, String message) {
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem("urn:claimcheck:problem:" + type, title, status, detail, List.of());
    }
}
