package io.claimcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document ({@code api/openapi.json}) against the JAX-RS resources: the
 * same routes and methods, every media type a route consumes or produces, every reference
 * resolvable, and every rejection described as problem+json.
 */
class OpenApiDocumentTest {

    static JsonNode doc;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(OpenApiResource.DOCUMENT)) {
            doc = new ObjectMapper().readTree(in);
        }
    }

    /** "METHOD /path" of every resource method of the function, with what it consumes and produces. */
    static Map<String, Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        for (JavaClass jc : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.claimcheck")) {
            if (!jc.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = jc.reflect();
            String base = type.getAnnotation(Path.class).value();
            for (Method m : type.getDeclaredMethods()) {
                String verb = null;
                for (Annotation a : m.getAnnotations()) {
                    HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
                    if (h != null) {
                        verb = h.value();
                    }
                }
                if (verb == null) {
                    continue;
                }
                String path = m.isAnnotationPresent(Path.class) ? base + "/" + m.getAnnotation(Path.class).value() : base;
                Route r = routes.computeIfAbsent(verb.toLowerCase() + " " + path.replaceAll("/+", "/"), k -> new Route());
                if (m.isAnnotationPresent(Consumes.class)) {
                    r.consumes.addAll(List.of(m.getAnnotation(Consumes.class).value()));
                }
                if (m.isAnnotationPresent(Produces.class)) {
                    r.produces.addAll(List.of(m.getAnnotation(Produces.class).value()));
                }
            }
        }
        return routes;
    }

    static final class Route {
        final Set<String> consumes = new TreeSet<>();
        final Set<String> produces = new TreeSet<>();
    }

    static Set<String> documented(JsonNode d) {
        Set<String> ops = new TreeSet<>();
        d.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(v -> ops.add(v + " " + p.getKey())));
        return ops;
    }

    @Test
    void documentNamesExactlyTheRoutesServed() {
        Map<String, Route> routes = routes();
        assertTrue(routes.containsKey("post /v1/checklists"), routes.keySet()::toString);
        assertEquals(routes.keySet(), documented(doc));
    }

    @Test
    void aRouteMissingFromTheDocumentIsNoticed() throws Exception {
        JsonNode copy = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("paths")).remove("/v1/health");
        assertFalse(routes().keySet().equals(documented(copy)));
    }

    @Test
    void everyMediaTypeConsumedAndProducedIsDescribed() {
        routes().forEach((op, r) -> {
            String[] vp = op.split(" ", 2);
            JsonNode operation = doc.path("paths").path(vp[1]).path(vp[0]);
            for (String t : r.consumes) {
                if (!t.equals("*/*")) {
                    assertTrue(operation.path("requestBody").path("content").has(t), op + " consumes " + t);
                }
            }
            JsonNode ok = resolve(operation.path("responses").path("200"));
            for (String t : r.produces) {
                assertTrue(ok.path("content").has(t), op + " produces " + t);
            }
        });
    }

    @Test
    void everyRejectionIsProblemJson() {
        int rejections = 0;
        for (var p = doc.path("paths").fields(); p.hasNext();) {
            for (var op = p.next().getValue().fields(); op.hasNext();) {
                for (var r = op.next().getValue().path("responses").fields(); r.hasNext();) {
                    var e = r.next();
                    if (e.getKey().startsWith("4")) {
                        rejections++;
                        assertTrue(resolve(e.getValue()).path("content").has(Problem.MEDIA_TYPE), e.getKey());
                    }
                }
            }
        }
        assertTrue(rejections >= 8, "rejections described: " + rejections);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collect(doc, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertFalse(doc.at(ref.substring(1)).isMissingNode(), ref);
        }
    }

    @Test
    void claimKindsAndBoundsAreTheSpecs() {
        JsonNode claim = doc.at("/components/schemas/Claim/properties");
        assertEquals("[\"count\",\"money\",\"percent\",\"percentage_points\",\"measure\",\"ratio\",\"multiplier\",\"rank\",\"duration\",\"other\"]",
                claim.path("kind").path("enum").toString());
        assertEquals("[\"exact\",\"approximate\",\"lower\",\"upper\",\"range\"]", claim.path("bound").path("enum").toString());
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? doc.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collect(child, refs));
    }
}
