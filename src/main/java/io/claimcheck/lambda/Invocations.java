package io.claimcheck.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimcheck.api.ArticleReader;
import io.claimcheck.api.BadInputException;
import io.claimcheck.api.Problem;
import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import io.claimcheck.storage.S3Door;
import io.claimcheck.storage.TransientStorageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Non-HTTP invocations, by the payload's shape:
 * <ul>
 *   <li>an S3 ObjectCreated notification: each object gets a checklist or an error object;</li>
 *   <li>an object reference {@code {"bucket": "...", "key": "..."}} (archive runs): the same, for one object;</li>
 *   <li>an Article, a CMS document or a JSON string (a plain-text body): its checklist is the result.</li>
 * </ul>
 * Bad input is answered with a problem object as the result, never an unhandled error. Only a
 * storage failure that may pass (S3 unreachable, throttled) fails the invocation, so that Lambda
 * retries it and then hands it to the on-failure destination.
 */
@ApplicationScoped
public class Invocations {

    private static final Logger LOG = Logger.getLogger(Invocations.class);

    @Inject
    ArticleReader reader;

    @Inject
    ClaimCheck engine;

    @Inject
    S3Door s3;

    public Object handle(RawPayload payload) {
        JsonNode n = payload.node();
        if (n == null) {
            return Problem.of("malformed", "Malformed payload", 400, "The payload could not be read: " + payload.error());
        }
        try {
            if (S3Door.isS3Event(n)) {
                return s3.handleEvent(n);
            }
            if (S3Door.isObjectReference(n)) {
                return s3.handleReference(n);
            }
            Article article = n.isTextual() ? reader.text(n.asText(), BodyFormat.TEXT)
                    : reader.document(n, n.path("format").isTextual() && !n.has("body") ? n.path("format").asText() : null);
            return engine.check(article);
        } catch (BadInputException e) {
            return e.problem();
        } catch (TransientStorageException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("invocation failed", e);
            return Problem.of("internal", "Internal error", 500, "The invocation could not be completed; it has been logged.");
        }
    }
}
