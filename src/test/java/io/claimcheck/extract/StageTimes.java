package io.claimcheck.extract;

import io.claimcheck.bench.EngineBenchmark;
import io.claimcheck.checklist.ChecklistBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the engine's time goes, stage by stage, on news text: the JMH benchmark gives the totals,
 * this gives the split. Each round runs the whole pipeline over every article for 2 seconds and
 * times each stage with {@link System#nanoTime()}; the best round is reported, in microseconds per
 * KB of text. Reads the dev corpus when {@code ../shared} is there, else our own sample text.
 *
 * <pre>./mvnw -q test-compile exec:java -Peval -Deval.main=io.claimcheck.extract.StageTimes</pre>
 */
public final class StageTimes {

    private static final String[] NAMES = {"scan", "sentences", "times", "context set-up", "claim context", "checklist"};

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        List<String> bodies = EngineBenchmark.corpusBodies();
        long chars = 0;
        for (String b : bodies) {
            chars += b.length();
        }
        Lexicon lx = Lexicon.english();
        QuantityScanner scanner = new QuantityScanner(lx);
        TimeResolver times = new TimeResolver(lx);
        Context context = new Context(lx);
        ChecklistBuilder checklist = new ChecklistBuilder();
        LocalDate ref = LocalDate.of(2025, 6, 3);
        double[] best = null;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long[] ns = new long[NAMES.length];
            long passes = 0;
            long until = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < until) {
                passes++;
                for (String text : bodies) {
                    long t0 = System.nanoTime();
                    QuantityScanner.Result found = scanner.scan(text, Integer.MAX_VALUE);
                    long t1 = System.nanoTime();
                    int[] sentences = Sentences.split(found.tokens());
                    long t2 = System.nanoTime();
                    LocalDate local = ClaimExtractor.datelineDate(text, found.times(), ref);
                    List<TimeResolver.Found> exprs = times.find(text, found.tokens(), found.times(), local);
                    long t3 = System.nanoTime();
                    Context.Article article = context.new Article(text, found.tokens(), sentences, exprs, local);
                    article.interview(Interview.of(text, null, null));
                    long t4 = System.nanoTime();
                    List<Claim> claims = new ArrayList<>(found.quantities().size());
                    int si = 0;
                    for (Quantity q : found.quantities()) {
                        while (si + 2 < sentences.length && sentences[si + 1] <= q.start()) {
                            si += 2;
                        }
                        claims.add(article.annotate(q, sentences.length == 0 ? -1 : si / 2, "body"));
                    }
                    long t5 = System.nanoTime();
                    sink += checklist.build(claims).size();
                    long t6 = System.nanoTime();
                    ns[0] += t1 - t0;
                    ns[1] += t2 - t1;
                    ns[2] += t3 - t2;
                    ns[3] += t4 - t3;
                    ns[4] += t5 - t4;
                    ns[5] += t6 - t5;
                }
            }
            double kb = passes * chars / 1024.0;
            double[] us = new double[NAMES.length + 1];
            for (int k = 0; k < NAMES.length; k++) {
                us[k] = ns[k] / 1e3 / kb;
                us[NAMES.length] += us[k];
            }
            if (best == null || us[NAMES.length] < best[NAMES.length]) {
                best = us;
            }
        }
        StringBuilder out = new StringBuilder("µs per KB of news text, best of " + rounds + " rounds (" + chars + " chars, " + bodies.size()
                + " articles):\n");
        for (int k = 0; k < NAMES.length; k++) {
            out.append(String.format("  %-15s %6.1f%n", NAMES[k], best[k]));
        }
        out.append(String.format("  %-15s %6.1f  (%.1f MB/s)%n", "all", best[NAMES.length], 1e6 / 1024 / best[NAMES.length]));
        System.out.print(out);
        if (sink == 42) {
            System.out.println();
        }
    }
}
