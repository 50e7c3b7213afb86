package io.claimcheck.extract;

/**
 * A quantity found in plain text: its exact span and what it states. Offsets are half-open,
 * in UTF-16 code units of the text that was scanned.
 *
 * @param start  first char of the span (qualifier, currency and unit words included)
 * @param end    one past the last char of the span
 * @param kind   count, money, percent, percentage_points, measure, ratio, multiplier, rank, duration or other
 * @param value  the central value, fully scaled; the lower end of a range
 * @param min    the lower end the text commits to, or null when open
 * @param max    the upper end the text commits to, or null when open
 * @param unit   null for bare counts; an ISO 4217 code, %, pp or a short unit otherwise
 * @param bound  exact, approximate, lower, upper or range
 * @param change increase, decrease or null
 * @param rule   the name of the rule that produced it, for explanations and debugging
 */
public record Quantity(int start, int end, String kind, double value, Double min, Double max, String unit,
                       String bound, String change, String rule) {
}
