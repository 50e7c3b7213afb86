package io.claimcheck.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import io.claimcheck.ingest.CmsFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what a door received into an {@link Article}, or a {@link BadInputException} that says
 * exactly what is wrong. Every door uses it, so every door applies the same limits: JSON is
 * read strictly (no coercion of numbers to text, bounded nesting, string and number length)
 * and the Article is validated with Hibernate Validator, all violations at once.
 */
@ApplicationScoped
public class ArticleReader {

    /** Largest JSON document read, in chars: the body limit with room for escapes and other fields. */
    public static final int MAX_JSON_CHARS = 6 * Limits.BODY;
    static final int MAX_NESTING = 64;

    private final ObjectMapper strict;
    private final Validator validator;

    @Inject
    public ArticleReader(Validator validator) {
        this.validator = validator;
        JsonMapper m = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_JSON_CHARS)
                .maxNumberLength(100)
                .build());
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        this.strict = m;
    }

    /** Parses a JSON document strictly; errors become 400 (or 413 past the size limits). */
    public JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BadInputException.invalid("The document is empty: send an Article as JSON, with at least a body.",
                    "body", "must not be blank");
        }
        if (raw.length() > MAX_JSON_CHARS) {
            throw BadInputException.tooLarge("The JSON document has " + raw.length() + " characters; the limit is "
                    + MAX_JSON_CHARS + ".");
        }
        try {
            return strict.readTree(raw);
        } catch (StreamConstraintsException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.toLowerCase(Locale.ROOT).contains("nesting")) {
                throw BadInputException.malformed("The JSON document is nested deeper than " + MAX_NESTING + " levels.");
            }
            throw BadInputException.tooLarge("A value in the JSON document is over the size limits: " + clip(msg));
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed("The document is not valid JSON: " + clip(e.getOriginalMessage())
                    + location(e));
        }
    }

    /** The formats {@code ?format=} accepts. */
    public static final List<String> FORMATS = CmsFormats.NAMES;

    /**
     * An Article from a JSON document in one of the accepted formats, named by {@code format}
     * or detected from the document's shape.
     */
    public Article document(JsonNode node, String format) {
        String f = format == null || format.isBlank() ? detect(node) : format.trim().toLowerCase(Locale.ROOT);
        if (f == null) {
            throw BadInputException.malformed("The JSON document is not in a format claimcheck reads. Accepted formats: "
                    + String.join(", ", FORMATS) + " (an Article has at least a string 'body'); name one with ?format=.");
        }
        if (!FORMATS.contains(f)) {
            throw BadInputException.invalid("Unknown format '" + clip(f) + "'. Accepted formats: " + String.join(", ", FORMATS) + ".",
                    "format", "must be one of " + String.join(", ", FORMATS));
        }
        if (f.equals("article")) {
            return article(node);
        }
        if (node == null || !node.isObject()) {
            throw BadInputException.malformed("A " + f + " document must be a JSON object.");
        }
        String[] a = CmsFormats.fields(f, node);
        return validate(new ArticleRequest(a[0], a[1], a[2], a[3], null, a[4], a[5], a[6]));
    }

    static String detect(JsonNode node) {
        if (node == null || !node.isObject()) {
            return "article"; // article() explains what is wrong
        }
        return CmsFormats.detect(node);
    }

    /** An Article from its JSON form (SPEC.md §1). */
    public Article article(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw BadInputException.malformed("The document must be a JSON object (an Article), not "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)) + ".");
        }
        ArticleRequest req;
        try {
            req = strict.treeToValue(node, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException jme ? path(jme) : "";
            throw BadInputException.invalid("Field '" + field + "' has the wrong type: every Article field is a string.",
                    field.isEmpty() ? "(root)" : field, "must be a string");
        }
        return validate(req);
    }

    /** An Article whose body is the request body itself (text/plain, text/html, text/markdown). */
    public Article text(String body, BodyFormat format) {
        return validate(new ArticleRequest(null, null, body, format.name().toLowerCase(Locale.ROOT), null, null, null, null));
    }

    public Article validate(ArticleRequest req) {
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(req);
        if (!violations.isEmpty()) {
            throw violationsProblem(violations);
        }
        return new Article(req.id(), req.headline(), req.body(), BodyFormat.parse(req.bodyFormat()), req.language(),
                req.publishedAt(), req.url(), req.publisher());
    }

    static BadInputException violationsProblem(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.Violation> list = new ArrayList<>();
        boolean tooLarge = false;
        for (ConstraintViolation<?> v : violations) {
            String path = v.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            list.add(new Problem.Violation(field, v.getMessage()));
            tooLarge |= v.getConstraintDescriptor().getPayload().contains(Limits.TooLarge.class);
        }
        list.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        StringBuilder detail = new StringBuilder();
        for (Problem.Violation v : list) {
            if (detail.length() > 0) {
                detail.append("; ");
            }
            detail.append(v.field()).append(' ').append(v.message());
        }
        int status = tooLarge ? 413 : 400;
        return new BadInputException(new Problem("urn:claimcheck:problem:" + (tooLarge ? "too-large" : "validation"),
                tooLarge ? "Article too large" : "Invalid article", status, detail.toString(), List.copyOf(list)));
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String location(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    static String clip(String s) {
        if (s == null) {
            return "";
        }
        s = s.replaceAll("[\\r\\n]+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
