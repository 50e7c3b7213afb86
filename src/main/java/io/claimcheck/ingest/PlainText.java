package io.claimcheck.ingest;

/**
 * The plain text whose offsets claims use, with a map back to the source. {@code sourceOffset(i)}
 * is where the i-th char of {@code text} came from in the original body; for plain-text bodies
 * the map is the identity and is not stored.
 */
public record PlainText(String text, int[] toSource) {

    public static PlainText identity(String text) {
        return new PlainText(text, null);
    }

    public int sourceOffset(int i) {
        if (toSource == null) {
            return i;
        }
        if (i >= toSource.length) {
            return toSource.length == 0 ? 0 : toSource[toSource.length - 1] + 1;
        }
        return toSource[i];
    }
}
