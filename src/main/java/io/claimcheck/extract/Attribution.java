package io.claimcheck.extract;

/**
 * Whom the text cites for a figure.
 *
 * @param text   the words of the text that attribute it ("according to official data")
 * @param source the source itself ("official data")
 * @param kind   official_statistics, organisation, person, media, study or unattributed
 */
public record Attribution(String text, String source, String kind) {
}
