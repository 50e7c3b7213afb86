package io.claimcheck.extract;

/**
 * When a figure holds: the words of the text and their ISO value ("2025-05", "2024", "2024-Q1",
 * "2020/2025"). {@code value} is null when the text gives no reference date to resolve against.
 */
public record TimeRef(String text, String value) {
}
