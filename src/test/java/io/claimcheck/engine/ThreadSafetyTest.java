package io.claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One engine serves concurrent requests outside Lambda (dev mode, a container): many threads on
 * many articles give exactly the single-threaded results.
 */
class ThreadSafetyTest {

    @Test
    void manyThreadsGiveTheSingleThreadedResults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        String text = Files.readString(Path.of("events", "article.txt"));
        String news = new String(ThreadSafetyTest.class.getResourceAsStream("/bench/news.txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String html = Files.readString(Path.of("events", "transit-report.html"));
        for (int i = 0; i < 40; i++) {
            String body = switch (i % 4) {
                case 0 -> text;
                case 1 -> news;
                case 2 -> "Story " + i + ". " + news.substring(0, 300 + i * 30) + " It rose " + i + "% last year.";
                default -> html;
            };
            articles.add(new Article("a" + i, "Headline with " + i + " figures", body, i % 4 == 3 ? BodyFormat.HTML : BodyFormat.TEXT,
                    "en", i % 2 == 0 ? "2025-09-11" : null, null, null));
        }
        ClaimCheck engine = new ClaimCheck();
        List<String> expected = new ArrayList<>();
        for (Article a : articles) {
            expected.add(json.writeValueAsString(engine.check(a)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (Article a : articles) {
                    futures.add(pool.submit(() -> json.writeValueAsString(engine.check(a))));
                }
                for (int k = 0; k < articles.size(); k++) {
                    assertEquals(expected.get(k), futures.get(k).get(), "article " + k + " in round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
