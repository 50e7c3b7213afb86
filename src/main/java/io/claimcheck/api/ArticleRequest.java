package io.claimcheck.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The Article of SPEC.md §1 as it arrives over HTTP, with the contract's limits. Only
 * {@code body} is required. Size limits carry {@link Limits#TOO_LARGE} so that breaking them is
 * answered with 413 rather than 400.
 */
public record ArticleRequest(
        @Size(max = Limits.ID, message = "must be at most 200 characters") String id,
        @Size(max = Limits.HEADLINE, message = "must be at most 1,000 characters", payload = Limits.TooLarge.class) String headline,
        @NotBlank(message = "must not be blank")
        @Size(max = Limits.BODY, message = "must be at most 1,000,000 characters", payload = Limits.TooLarge.class) String body,
        @Pattern(regexp = "(?i)text|html|markdown", message = "must be text, html or markdown") String bodyFormat,
        @Size(max = 35, message = "must be at most 35 characters") String language,
        @IsoDate String publishedAt,
        @Size(max = 2048, message = "must be at most 2,048 characters") String url,
        @Size(max = 200, message = "must be at most 200 characters") String publisher) {
}
