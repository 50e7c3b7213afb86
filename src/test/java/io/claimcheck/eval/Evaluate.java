package io.claimcheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.checklist.Checklist;
import io.claimcheck.checklist.ChecklistItem;
import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The evaluation command: runs the engine in-process on the annotated corpus and prints the
 * scores of {@code ../shared/corpus/FORMAT.md}.
 *
 * <pre>
 *   ./mvnw -q test-compile exec:java -Peval                      # the table
 *   ./mvnw -q test-compile exec:java -Peval -Deval.article=ID    # misses and false positives of one article
 *   ./mvnw -q test-compile exec:java -Peval -Deval.corpus=DIR    # another folder of annotated articles
 * </pre>
 *
 * Skips with a message (exit 0) when the corpus folder is absent.
 */
public final class Evaluate {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "and",
            "or", "with", "from", "its", "their", "his", "her", "s", "as", "is", "was", "be", "that", "this", "per");

    /** Totals over all articles. */
    static final class Score {
        int gold, predicted, right, noise;
        int unitOk, boundOk, changeOk, worthyOk;
        int aboutOk, aboutN, timeOk, timeN, attrOk, attrN;

        void add(Score o) {
            gold += o.gold;
            predicted += o.predicted;
            right += o.right;
            noise += o.noise;
            unitOk += o.unitOk;
            boundOk += o.boundOk;
            changeOk += o.changeOk;
            worthyOk += o.worthyOk;
            aboutOk += o.aboutOk;
            aboutN += o.aboutN;
            timeOk += o.timeOk;
            timeN += o.timeN;
            attrOk += o.attrOk;
            attrN += o.attrN;
        }

        double p() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        double r() {
            return gold == 0 ? 0 : (double) right / gold;
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }
    }

    public static void main(String[] args) throws IOException {
        String dir = System.getProperty("eval.corpus", "../shared/corpus/dev");
        String only = System.getProperty("eval.article");
        Path corpus = Path.of(dir);
        if (!Files.isDirectory(corpus)) {
            System.out.println("evaluation skipped: no corpus at " + corpus.toAbsolutePath().normalize()
                    + " (the shared corpus lives beside the repository in ../shared/corpus/dev)");
            return;
        }
        run(corpus, only, System.out);
    }

    static void run(Path corpus, String only, PrintStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ClaimCheck engine = new ClaimCheck();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Score total = new Score();
        out.printf("%-30s %5s %5s %5s %6s %6s %6s %5s%n", "article", "gold", "pred", "right", "P", "R", "F1", "noise");
        for (Path f : files) {
            JsonNode doc = json.readTree(f.toFile());
            String id = doc.path("id").asText();
            if (only != null && !only.equals(id)) {
                continue;
            }
            // as the packaged function receives it: with its headline (whose claims are not scored)
            Article a = new Article(id, doc.path("headline").asText(null), doc.path("body").asText(), BodyFormat.TEXT, "en",
                    doc.path("publishedAt").isNull() ? null : doc.path("publishedAt").asText(), null, null);
            Checklist cl = engine.check(a);
            List<ChecklistItem> pred = cl.claims().stream().filter(c -> c.field().equals("body")).toList();
            Score s = score(doc, pred, only != null ? out : null);
            total.add(s);
            out.printf("%-30s %5d %5d %5d %6.3f %6.3f %6.3f %5d%n", id, s.gold, s.predicted, s.right, s.p(), s.r(), s.f1(), s.noise);
        }
        out.println();
        out.printf("claims     P %.3f  R %.3f  F1 %.3f   (gold %d, predicted %d, right %d)%n", total.p(), total.r(), total.f1(),
                total.gold, total.predicted, total.right);
        out.printf("on right   unit %.3f  bound %.3f  change %.3f  checkworthy %.3f   (n=%d)%n", ratio(total.unitOk, total.right),
                ratio(total.boundOk, total.right), ratio(total.changeOk, total.right), ratio(total.worthyOk, total.right), total.right);
        out.printf("context    about %.3f (n=%d)  time %.3f (n=%d)  attribution %.3f (n=%d)%n", ratio(total.aboutOk, total.aboutN),
                total.aboutN, ratio(total.timeOk, total.timeN), total.timeN, ratio(total.attrOk, total.attrN), total.attrN);
        out.printf("noise hits %d%n", total.noise);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static Score score(JsonNode doc, List<ChecklistItem> pred, PrintStream detail) {
        Score s = new Score();
        JsonNode gold = doc.path("claims");
        s.gold = gold.size();
        s.predicted = pred.size();
        boolean[] used = new boolean[pred.size()];
        String body = doc.path("body").asText();
        for (JsonNode g : gold) {
            int gs = g.path("start").asInt();
            int ge = g.path("end").asInt();
            int hit = -1;
            int overlapOnly = -1;
            for (int k = 0; k < pred.size(); k++) {
                ChecklistItem p = pred.get(k);
                if (used[k] || p.end() <= gs || p.start() >= ge) {
                    continue;
                }
                if (valueMatches(g.path("value").asDouble(), p.value().doubleValue())) {
                    hit = k;
                    break;
                }
                overlapOnly = k;
            }
            if (hit < 0) {
                if (detail != null) {
                    String got = overlapOnly < 0 ? "nothing" : describe(pred.get(overlapOnly));
                    detail.printf("  MISS  %-28s value %s  got %s%n", quote(g.path("text").asText()), g.path("value").asText(), got);
                }
                continue;
            }
            used[hit] = true;
            s.right++;
            ChecklistItem p = pred.get(hit);
            compare(s, g, p, detail);
        }
        for (int k = 0; k < pred.size(); k++) {
            ChecklistItem p = pred.get(k);
            boolean noise = false;
            for (JsonNode n : doc.path("not_claims")) {
                if (p.start() < n.path("end").asInt() && p.end() > n.path("start").asInt()) {
                    noise = true;
                    break;
                }
            }
            if (noise) {
                s.noise++;
            }
            if (!used[k] && detail != null) {
                String ctx = body.substring(Math.max(0, p.start() - 40), Math.min(body.length(), p.end() + 30)).replace('\n', ' ');
                detail.printf("  %-5s %s  | %s%n", noise ? "NOISE" : "FP", describe(p), ctx);
            }
        }
        return s;
    }

    private static void compare(Score s, JsonNode g, ChecklistItem p, PrintStream detail) {
        List<String> wrong = new ArrayList<>();
        if (eq(text(g, "unit"), p.unit())) {
            s.unitOk++;
        } else {
            wrong.add("unit " + p.unit() + " want " + text(g, "unit"));
        }
        if (eq(text(g, "bound"), p.bound())) {
            s.boundOk++;
        } else {
            wrong.add("bound " + p.bound() + " want " + text(g, "bound"));
        }
        if (eq(text(g, "change"), p.change())) {
            s.changeOk++;
        } else {
            wrong.add("change " + p.change() + " want " + text(g, "change"));
        }
        if (g.path("checkworthy").asBoolean() == p.checkworthy()) {
            s.worthyOk++;
        } else {
            wrong.add("checkworthy " + p.checkworthy());
        }
        s.aboutN++;
        if (shareContentWord(text(g, "about"), p.about())) {
            s.aboutOk++;
        } else {
            wrong.add("about '" + p.about() + "' want '" + text(g, "about") + "'");
        }
        String gt = text(g, "time");
        if (gt != null) {
            s.timeN++;
            String pt = p.time() == null ? null : p.time().value();
            if (pt != null && pt.startsWith(gt)) {
                s.timeOk++;
            } else {
                wrong.add("time " + pt + " want " + gt);
            }
        }
        String ga = text(g, "attribution");
        if (ga != null) {
            s.attrN++;
            String pa = p.attribution() == null ? null : p.attribution().source();
            if (shareContentWord(ga, pa)) {
                s.attrOk++;
            } else {
                wrong.add("attribution '" + pa + "' want '" + ga + "'");
            }
        }
        if (detail != null && !wrong.isEmpty()) {
            detail.printf("  FIELD %-28s %s%n", quote(p.text()), String.join("; ", wrong));
        }
    }

    static boolean valueMatches(double gold, double pred) {
        if (gold == pred) {
            return true;
        }
        return Math.abs(gold - pred) <= 1e-6 * Math.max(Math.abs(gold), Math.abs(pred));
    }

    static boolean shareContentWord(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> wa = words(a);
        wa.retainAll(words(b));
        return !wa.isEmpty();
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    private static String describe(ChecklistItem p) {
        return quote(p.text()) + " " + p.kind() + " " + p.value() + (p.unit() == null ? "" : " " + p.unit()) + " " + p.bound();
    }
}
