package io.claimcheck.api;

import jakarta.validation.Payload;

/** The contract's limits (SPEC.md §1), in chars. */
public final class Limits {
    public static final int BODY = 1_000_000;
    public static final int HEADLINE = 1_000;
    public static final int ID = 200;

    /** Marks a constraint whose violation means "too large" (HTTP 413). */
    public interface TooLarge extends Payload {
    }

    private Limits() {
    }
}
