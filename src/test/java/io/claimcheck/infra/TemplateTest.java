package io.claimcheck.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * infra/template.yaml keeps claimcheck's safety properties; and each check fails on the mistake
 * it guards against (the template is loaded, one thing is broken, the check must say so).
 */
class TemplateTest {

    static final Path TEMPLATE = Path.of("infra", "template.yaml");

    static Map<String, Object> template() throws Exception {
        return TemplateCheck.load(TEMPLATE);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resource(Map<String, Object> t, String name) {
        return (Map<String, Object>) ((Map<String, Object>) t.get("Resources")).get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> props(Map<String, Object> t, String name) {
        return (Map<String, Object>) resource(t, name).get("Properties");
    }

    @Test
    void theTemplateIsSafe() throws Exception {
        assertEquals(List.of(), TemplateCheck.violations(template()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachFunctionHasOnlyTheRightsOfItsDoor() throws Exception {
        Map<String, Object> t = template();
        String api = TemplateCheck.flatten(props(t, "ApiFunction").get("Policies"));
        assertTrue(!api.contains("s3:"), "the API function has no storage rights: " + api);
        String s3 = TemplateCheck.flatten(props(t, "S3Function").get("Policies"));
        assertTrue(s3.contains("/${InputPrefix}*") && s3.contains("/${OutputPrefix}*"), s3);
        assertEquals("SQS", TemplateCheck.path(props(t, "S3Function"), "EventInvokeConfig", "DestinationConfig", "OnFailure", "Type"));
    }

    @Test
    void theChecksFailOnTheMistakesTheyGuardAgainst() throws Exception {
        List<String> broken = new ArrayList<>();

        Map<String, Object> t = template();
        ((Map<String, Object>) props(t, "ClaimcheckApi").get("Auth")).remove("DefaultAuthorizer");
        broken.addAll(expect(t, "no default authorizer"));

        t = template();
        List<Object> policies = new ArrayList<>(castList(props(t, "S3Function").get("Policies")));
        policies.add(Map.of("Statement", List.of(Map.of("Effect", "Allow", "Action", List.of("s3:*"), "Resource", "*"))));
        props(t, "S3Function").put("Policies", policies);
        broken.addAll(expect(t, "wildcard S3 actions"));

        t = template();
        props(t, "ApiFunction").put("Policies", List.of("AmazonS3FullAccess"));
        broken.addAll(expect(t, "broad managed policy"));

        t = template();
        Map<String, Object> params = castMap(t.get("Parameters"));
        castMap(params.get("OutputPrefix")).put("Default", "incoming/checklists/");
        broken.addAll(expect(t, "overlap"));

        t = template();
        props(t, "S3Function").remove("EventInvokeConfig");
        broken.addAll(expect(t, "on-failure destination"));

        t = template();
        props(t, "ApiFunction").put("Runtime", "java8");
        broken.addAll(expect(t, "not current"));

        t = template();
        props(t, "ApiFunction").put("Role", Map.of("Fn::GetAtt", List.of("NoSuchRole", "Arn")));
        broken.addAll(expect(t, "NoSuchRole does not resolve"));

        t = template();
        List<Object> configs = castList(TemplateCheck.path(props(t, "ArticleBucket"), "NotificationConfiguration", "LambdaConfigurations"));
        castMap(configs.get(0)).remove("Filter");
        broken.addAll(expect(t, "not limited to the input prefix"));

        assertEquals(8, broken.size(), broken.toString());
    }

    static List<String> expect(Map<String, Object> t, String words) {
        List<String> v = TemplateCheck.violations(t);
        assertTrue(v.stream().anyMatch(s -> s.contains(words)), "expected a violation mentioning '" + words + "' in " + v);
        return v.stream().filter(s -> s.contains(words)).limit(1).toList();
    }

    @Test
    void theArchiveRunMapsOverThePrefixWithBoundsAndAReport() throws Exception {
        String asl = Files.readString(Path.of("infra", "archive-run.asl.json"))
                .replace("${Concurrency}", "50").replace("${ToleratedFailurePercentage}", "5");
        JsonNode map = new ObjectMapper().readTree(asl).path("States").path("ProcessPrefix");
        assertEquals("DISTRIBUTED", map.path("ItemProcessor").path("ProcessorConfig").path("Mode").asText());
        assertEquals(50, map.path("MaxConcurrency").asInt());
        assertEquals(5, map.path("ToleratedFailurePercentage").asInt());
        assertEquals("arn:aws:states:::s3:listObjectsV2", map.path("ItemReader").path("Resource").asText());
        assertTrue(map.path("ResultWriter").path("Parameters").path("Prefix").asText().contains("ReportPrefix"));
        assertTrue(map.path("ItemSelector").has("bucket") && map.path("ItemSelector").has("key.$"),
                "each item is the object reference the function accepts");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> castList(Object o) {
        return (List<Object>) o;
    }

    static Map<String, Object> copy(Map<String, Object> m) {
        return new LinkedHashMap<>(m);
    }
}
