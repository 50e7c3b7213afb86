package io.claimcheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the claims of one field of an article (body or headline): the quantities with their
 * sentence, what they are about, the subject, the time and the attribution. Thread-safe.
 */
public final class ClaimExtractor {

    private final QuantityScanner scanner;
    private final TimeResolver times;
    private final Context context;

    public ClaimExtractor(Lexicon lexicon) {
        this.scanner = new QuantityScanner(lexicon);
        this.times = new TimeResolver(lexicon);
        this.context = new Context(lexicon);
    }

    /**
     * @param text  the plain text of the field
     * @param field body or headline
     * @param ref   the reference date for relative times, or null to leave them unresolved
     */
    public List<Claim> extract(String text, String field, LocalDate ref) {
        QuantityScanner.Result found = scanner.scan(text);
        if (found.quantities().isEmpty()) {
            return List.of();
        }
        int[] sentences = Sentences.split(text);
        List<TimeResolver.Found> timeExprs = times.find(text, found.times(), ref);
        List<Claim> claims = new ArrayList<>(found.quantities().size());
        Context.State state = new Context.State();
        int si = 0;
        for (Quantity q : found.quantities()) {
            while (si + 2 < sentences.length && sentences[si + 1] <= q.start()) {
                si += 2;
            }
            int ss = sentences.length == 0 ? 0 : Math.min(sentences[si], q.start());
            int se = sentences.length == 0 ? text.length() : Math.max(sentences[si + 1], q.end());
            String sentence = text.substring(ss, se);
            Claim c = context.annotate(text, q, ss, se, sentence, field, timeExprs, ref, state);
            claims.add(c);
        }
        return claims;
    }
}
