package io.claimcheck.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimcheck.checklist.Checklist;
import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the checklist of one article file, without starting the function:
 * {@code ./mvnw -q test-compile exec:java -Peval -Deval.main=io.claimcheck.eval.Render -Dexec.args="events/article.txt markdown"}.
 * A {@code .json} file is read as an Article; anything else as a plain-text body.
 */
public final class Render {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String as = args.length > 1 ? args[1] : "json";
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Article article;
        if (file.toString().endsWith(".json")) {
            var n = json.readTree(file.toFile());
            article = new Article(n.path("id").asText(null), n.path("headline").asText(null), n.path("body").asText(),
                    BodyFormat.parse(n.path("bodyFormat").asText(null)), n.path("language").asText(null),
                    n.path("publishedAt").asText(null), n.path("url").asText(null), n.path("publisher").asText(null));
        } else {
            article = Article.ofText(Files.readString(file));
        }
        ClaimCheck engine = new ClaimCheck();
        Checklist checklist = engine.check(article);
        System.out.println(as.equals("markdown") ? engine.markdown(checklist) : json.writeValueAsString(checklist));
    }
}
