package io.claimcheck.extract;

/**
 * A quantity with what it is about, when it holds and who says so.
 *
 * @param field    body or headline
 * @param quantity the quantity, with offsets into the plain text of that field
 * @param text     exactly the plain text at [start, end)
 * @param sentence the sentence that holds it
 */
public record Claim(String field, Quantity quantity, String text, String sentence, String about, String subject,
                    TimeRef time, Attribution attribution) {
}
