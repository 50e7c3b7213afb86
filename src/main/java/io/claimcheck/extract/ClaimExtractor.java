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
        Context.Article article = context.new Article(text, sentences, timeExprs, ref);
        List<Claim> claims = new ArrayList<>(found.quantities().size());
        int si = 0;
        for (Quantity q : found.quantities()) {
            while (si + 2 < sentences.length && sentences[si + 1] <= q.start()) {
                si += 2;
            }
            claims.add(article.annotate(q, sentences.length == 0 ? -1 : si / 2, field));
        }
        return claims;
    }
}
