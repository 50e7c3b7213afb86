package io.claimcheck.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimcheck.api.ArticleReader;
import io.claimcheck.api.BadInputException;
import io.claimcheck.api.Problem;
import io.claimcheck.checklist.Checklist;
import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The S3 door: an article dropped in a bucket gets a checklist beside it. Every object under the
 * input prefix ends with exactly one outcome, {@code <output prefix><key>.checklist.json} or
 * {@code <output prefix><key>.error.json}; re-delivery rewrites the same result; objects under the
 * output prefix are never read, so a misconfigured trigger cannot loop.
 */
@ApplicationScoped
public class S3Door {

    private static final Logger LOG = Logger.getLogger(S3Door.class);

    public static final String CHECKLIST_SUFFIX = ".checklist.json";
    public static final String ERROR_SUFFIX = ".error.json";
    public static final String MARKDOWN_SUFFIX = ".checklist.md";

    /** What became of one object. */
    public record Outcome(String bucket, String key, String status, String output, String detail) {
    }

    @Inject
    S3Client s3;

    @Inject
    ArticleReader reader;

    @Inject
    ClaimCheck engine;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "claimcheck.s3.output-bucket")
    Optional<String> outputBucket;

    @ConfigProperty(name = "claimcheck.s3.output-prefix", defaultValue = "checklists/")
    String outputPrefix;

    @ConfigProperty(name = "claimcheck.s3.input-prefix")
    Optional<String> inputPrefix;

    @ConfigProperty(name = "claimcheck.s3.markdown", defaultValue = "false")
    boolean markdown;

    @ConfigProperty(name = "claimcheck.s3.max-object-bytes", defaultValue = "8388608")
    long maxObjectBytes;

    public static boolean isS3Event(JsonNode n) {
        JsonNode records = n.path("Records");
        return records.isArray() && records.size() > 0 && "aws:s3".equals(records.get(0).path("eventSource").asText());
    }

    /** {@code {"bucket": "...", "key": "..."}}: one object to process, as an archive run sends it. */
    public static boolean isObjectReference(JsonNode n) {
        return n.isObject() && n.path("bucket").isTextual() && n.path("key").isTextual() && !n.has("body");
    }

    /** Handles every record of an S3 notification, one by one. */
    public Map<String, Object> handleEvent(JsonNode event) {
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode r : event.path("Records")) {
            JsonNode s3node = r.path("s3");
            String bucket = s3node.path("bucket").path("name").asText();
            String key = decodeKey(s3node.path("object").path("key").asText());
            String versionId = s3node.path("object").path("versionId").asText(null);
            if (!r.path("eventName").asText("ObjectCreated:Put").startsWith("ObjectCreated")) {
                outcomes.add(new Outcome(bucket, key, "skipped", null, "not an ObjectCreated event"));
                continue;
            }
            outcomes.add(process(bucket, key, versionId));
        }
        return summary(outcomes);
    }

    /** Handles one object reference; the result says where the outcome was written. */
    public Map<String, Object> handleReference(JsonNode ref) {
        Outcome o = process(ref.path("bucket").asText(), ref.path("key").asText(), ref.path("versionId").asText(null));
        return summary(List.of(o));
    }

    private static Map<String, Object> summary(List<Outcome> outcomes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcomes", outcomes);
        out.put("checklists", outcomes.stream().filter(o -> o.status().equals("checklist")).count());
        out.put("errors", outcomes.stream().filter(o -> o.status().equals("error")).count());
        out.put("skipped", outcomes.stream().filter(o -> o.status().equals("skipped")).count());
        return out;
    }

    /** S3 sends keys URL-encoded, with '+' for a space. */
    public static String decodeKey(String key) {
        return URLDecoder.decode(key, StandardCharsets.UTF_8);
    }

    /** True for anything this door writes, wherever it was found: it is never read back. */
    boolean isOutput(String bucket, String key) {
        boolean sameBucket = outputBucket.isEmpty() || outputBucket.get().equals(bucket);
        return sameBucket && key.startsWith(outputPrefix) || key.endsWith(CHECKLIST_SUFFIX) || key.endsWith(ERROR_SUFFIX)
                || key.endsWith(MARKDOWN_SUFFIX);
    }

    public Outcome process(String bucket, String key, String versionId) {
        if (isOutput(bucket, key)) {
            return new Outcome(bucket, key, "skipped", null, "under the output prefix: never processed");
        }
        if (inputPrefix.isPresent() && !key.startsWith(inputPrefix.get())) {
            return new Outcome(bucket, key, "skipped", null, "outside the input prefix " + inputPrefix.get());
        }
        String outBucket = outputBucket.orElse(bucket);
        String base = outputPrefix + key;
        Fetched object;
        try {
            object = fetch(bucket, key, versionId);
        } catch (NoSuchKeyException e) {
            return new Outcome(bucket, key, "skipped", null, "the object no longer exists");
        } catch (SdkException | IOException e) {
            throw new TransientStorageException("reading s3://" + bucket + "/" + key + " failed", e);
        }
        ObjectNode source = json.createObjectNode();
        source.put("bucket", bucket);
        source.put("key", key);
        source.put("versionId", object.versionId);
        source.put("eTag", object.eTag);
        try {
            Article article = article(object, key);
            Checklist checklist = engine.check(article);
            ObjectNode doc = json.valueToTree(checklist);
            doc.set("source", source);
            write(outBucket, base + CHECKLIST_SUFFIX, json.writeValueAsBytes(doc), "application/json");
            if (markdown) {
                write(outBucket, base + MARKDOWN_SUFFIX, engine.markdown(checklist).getBytes(StandardCharsets.UTF_8),
                        "text/markdown; charset=utf-8");
            }
            delete(outBucket, base + ERROR_SUFFIX);
            LOG.infof("s3://%s/%s: %d claims -> s3://%s/%s", bucket, key, checklist.claims().size(), outBucket, base + CHECKLIST_SUFFIX);
            return new Outcome(bucket, key, "checklist", "s3://" + outBucket + "/" + base + CHECKLIST_SUFFIX, null);
        } catch (BadInputException e) {
            Problem p = e.problem();
            ObjectNode doc = json.valueToTree(p);
            doc.set("source", source);
            try {
                write(outBucket, base + ERROR_SUFFIX, json.writeValueAsBytes(doc), "application/problem+json");
                delete(outBucket, base + CHECKLIST_SUFFIX);
                delete(outBucket, base + MARKDOWN_SUFFIX);
            } catch (IOException io) {
                throw new TransientStorageException("writing the error object for s3://" + bucket + "/" + key + " failed", io);
            }
            LOG.infof("s3://%s/%s rejected: %s", bucket, key, p.detail());
            return new Outcome(bucket, key, "error", "s3://" + outBucket + "/" + base + ERROR_SUFFIX, p.detail());
        } catch (IOException e) {
            throw new TransientStorageException("writing the checklist for s3://" + bucket + "/" + key + " failed", e);
        }
    }

    private record Fetched(byte[] bytes, boolean tooLarge, long size, String contentType, String versionId, String eTag) {
    }

    private Fetched fetch(String bucket, String key, String versionId) throws IOException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> {
            b.bucket(bucket).key(key);
            if (versionId != null && !versionId.isBlank()) {
                b.versionId(versionId);
            }
        })) {
            GetObjectResponse r = in.response();
            long size = r.contentLength() == null ? -1 : r.contentLength();
            if (size > maxObjectBytes) {
                return new Fetched(null, true, size, r.contentType(), r.versionId(), r.eTag());
            }
            byte[] bytes = readAtMost(in, maxObjectBytes + 1);
            boolean tooLarge = bytes.length > maxObjectBytes;
            return new Fetched(bytes, tooLarge, tooLarge ? -1 : bytes.length, r.contentType(), r.versionId(), r.eTag());
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
    }

    private void write(String bucket, String key, byte[] body, String contentType) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(body));
        } catch (SdkException e) {
            throw new TransientStorageException("writing s3://" + bucket + "/" + key + " failed", e);
        }
    }

    private void delete(String bucket, String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            // nothing to remove
        } catch (SdkException e) {
            throw new TransientStorageException("removing s3://" + bucket + "/" + key + " failed", e);
        }
    }

    /** The object as an Article: its format from Content-Type, then extension, then content. */
    private Article article(Fetched o, String key) {
        if (o.tooLarge()) {
            throw BadInputException.tooLarge("The object is over the size limit of " + maxObjectBytes + " bytes.");
        }
        if (o.bytes().length == 0) {
            throw BadInputException.invalid("The object is empty.", "body", "must not be blank");
        }
        String text = utf8(o.bytes());
        String format = format(o.contentType(), key, text);
        return switch (format) {
            case "json" -> reader.document(reader.parse(text), null);
            case "html" -> reader.text(text, BodyFormat.HTML);
            case "markdown" -> reader.text(text, BodyFormat.MARKDOWN);
            default -> reader.text(text, BodyFormat.TEXT);
        };
    }

    static String format(String contentType, String key, String text) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("json")) {
            return "json";
        }
        if (ct.startsWith("text/html") || ct.contains("xhtml")) {
            return "html";
        }
        if (ct.startsWith("text/markdown")) {
            return "markdown";
        }
        if (ct.startsWith("text/plain")) {
            return "text";
        }
        String k = key.toLowerCase(Locale.ROOT);
        if (k.endsWith(".json")) {
            return "json";
        }
        if (k.endsWith(".html") || k.endsWith(".htm")) {
            return "html";
        }
        if (k.endsWith(".md") || k.endsWith(".markdown")) {
            return "markdown";
        }
        if (k.endsWith(".txt") || k.endsWith(".text")) {
            return "text";
        }
        String head = text.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            return "json";
        }
        if (head.startsWith("<")) {
            return "html";
        }
        return "text";
    }

    /** Strict UTF-8: a binary object, whatever its name, is rejected rather than read as mojibake. */
    static String utf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            String s = chars.toString();
            if (s.indexOf('\0') >= 0) {
                throw unsupported("it contains NUL bytes (a binary file?)");
            }
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw unsupported("it is not UTF-8 text (a binary file?)");
        }
    }

    private static BadInputException unsupported(String why) {
        return new BadInputException(Problem.of("unsupported-format", "Unsupported format", 415,
                "The object cannot be read as an article: " + why
                        + ". Supported: Article JSON or a CMS document (.json), plain text (.txt), HTML (.html) and Markdown (.md), in UTF-8."));
    }
}
