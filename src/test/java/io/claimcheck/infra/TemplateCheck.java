package io.claimcheck.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a SAM template (CloudFormation short tags such as {@code !Ref} become their long forms)
 * and lists what breaks claimcheck's safety rules. No AWS validator runs on these machines; these
 * are the properties that matter for this application.
 */
public final class TemplateCheck {

    static final Set<String> CURRENT_RUNTIMES = Set.of("java21", "provided.al2023");
    static final Set<String> PSEUDO = Set.of("AWS::AccountId", "AWS::Region", "AWS::Partition", "AWS::StackName",
            "AWS::StackId", "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs");

    private TemplateCheck() {
    }

    /** The template as maps and lists; {@code !Ref X} reads as {@code {Ref: X}}, {@code !Sub s} as {@code {Fn::Sub: s}}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(Path file) throws IOException {
        return (Map<String, Object>) new Yaml(new CfnConstructor()).load(Files.readString(file));
    }

    static final class CfnConstructor extends SafeConstructor {
        CfnConstructor() {
            super(new LoaderOptions());
            for (String fn : List.of("Ref", "Condition")) {
                yamlConstructors.put(new Tag("!" + fn), new Intrinsic(fn));
            }
            for (String fn : List.of("GetAtt", "Sub", "If", "Equals", "Not", "And", "Or", "Select", "Join", "Split",
                    "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs")) {
                yamlConstructors.put(new Tag("!" + fn), new Intrinsic("Fn::" + fn));
            }
        }

        final class Intrinsic extends AbstractConstruct {
            private final String key;

            Intrinsic(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode s) {
                    value = key.equals("Fn::GetAtt") ? List.of(s.getValue().split("\\.", 2)) : s.getValue();
                } else if (node instanceof SequenceNode q) {
                    value = constructSequence(q);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(key, value);
                return m;
            }
        }
    }

    /** Every rule the template breaks, in plain words; empty when it is safe. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Map<String, Object> t) {
        List<String> out = new ArrayList<>();
        Map<String, Object> resources = (Map<String, Object>) t.getOrDefault("Resources", Map.of());
        Map<String, Object> params = (Map<String, Object>) t.getOrDefault("Parameters", Map.of());
        Map<String, Object> conditions = (Map<String, Object>) t.getOrDefault("Conditions", Map.of());
        Map<String, Object> globals = (Map<String, Object>) ((Map<String, Object>) t.getOrDefault("Globals", Map.of()))
                .getOrDefault("Function", Map.of());

        // runtimes are current
        for (String runtime : branches(globals.get("Runtime"))) {
            if (!CURRENT_RUNTIMES.contains(runtime)) {
                out.add("global runtime " + runtime + " is not current (" + CURRENT_RUNTIMES + ")");
            }
        }
        for (Map.Entry<String, Object> r : resources.entrySet()) {
            Map<String, Object> res = (Map<String, Object>) r.getValue();
            Map<String, Object> props = (Map<String, Object>) res.getOrDefault("Properties", Map.of());
            String type = String.valueOf(res.get("Type"));
            if (type.equals("AWS::Serverless::Function")) {
                for (String runtime : branches(props.get("Runtime"))) {
                    if (!CURRENT_RUNTIMES.contains(runtime)) {
                        out.add(r.getKey() + ": runtime " + runtime + " is not current");
                    }
                }
                checkPolicies(r.getKey(), props, out);
            }
            if (type.equals("AWS::Serverless::HttpApi") || type.equals("AWS::Serverless::Api")) {
                Map<String, Object> auth = (Map<String, Object>) props.get("Auth");
                List<String> def = auth == null ? List.of() : branches(auth.get("DefaultAuthorizer"));
                if (def.isEmpty() || def.stream().anyMatch(String::isBlank)) {
                    out.add(r.getKey() + ": the API has no default authorizer");
                }
            }
        }
        // the S3 trigger reads only the input prefix, and the output prefix lies outside it
        boolean trigger = false;
        for (Map.Entry<String, Object> r : resources.entrySet()) {
            Map<String, Object> res = (Map<String, Object>) r.getValue();
            Map<String, Object> props = (Map<String, Object>) res.getOrDefault("Properties", Map.of());
            Map<String, Object> nc = (Map<String, Object>) props.get("NotificationConfiguration");
            if (nc == null) {
                continue;
            }
            for (Object lc : (List<Object>) nc.getOrDefault("LambdaConfigurations", List.of())) {
                trigger = true;
                Object rules = path(lc, "Filter", "S3Key", "Rules");
                boolean inputOnly = false;
                if (rules instanceof List<?> list) {
                    for (Object rule : list) {
                        Map<String, Object> m = (Map<String, Object>) rule;
                        inputOnly |= "prefix".equals(m.get("Name")) && Map.of("Ref", "InputPrefix").equals(m.get("Value"));
                    }
                }
                if (!inputOnly) {
                    out.add(r.getKey() + ": the ObjectCreated trigger is not limited to the input prefix");
                }
            }
        }
        if (!trigger) {
            out.add("no S3 ObjectCreated trigger");
        }
        String in = String.valueOf(path(params, "InputPrefix", "Default"));
        String outPrefix = String.valueOf(path(params, "OutputPrefix", "Default"));
        if (outPrefix.startsWith(in) || in.startsWith(outPrefix)) {
            out.add("the output prefix " + outPrefix + " and the input prefix " + in + " overlap: a recursive loop");
        }
        // asynchronous failures have somewhere to go
        boolean destination = false;
        for (Object r : resources.values()) {
            Object onFailure = path(r, "Properties", "EventInvokeConfig", "DestinationConfig", "OnFailure", "Destination");
            Object dlq = path(r, "Properties", "DeadLetterQueue");
            destination |= onFailure != null || dlq != null;
        }
        if (!destination) {
            out.add("no on-failure destination or dead-letter queue for asynchronous invocations");
        }
        // every reference resolves
        List<String> refs = new ArrayList<>();
        collectRefs(t.get("Resources"), refs);
        collectRefs(t.get("Outputs"), refs);
        collectRefs(t.get("Globals"), refs);
        for (String ref : refs) {
            String name = ref.endsWith(".Alias") || ref.endsWith(".Version") ? ref.substring(0, ref.lastIndexOf('.')) : ref;
            if (!(PSEUDO.contains(name) || params.containsKey(name) || resources.containsKey(name) || conditions.containsKey(name))) {
                out.add("reference to " + ref + " does not resolve");
            }
        }
        return out;
    }

    /** Storage rights must name the input prefix (read) or the output prefix (write); the API needs none. */
    @SuppressWarnings("unchecked")
    static void checkPolicies(String function, Map<String, Object> props, List<String> out) {
        for (Object p : (List<Object>) props.getOrDefault("Policies", List.of())) {
            if (p instanceof String managed) {
                if (managed.contains("S3") || managed.contains("Admin") || managed.contains("FullAccess")) {
                    out.add(function + ": broad managed policy " + managed);
                }
                continue;
            }
            Map<String, Object> m = (Map<String, Object>) p;
            for (String template : m.keySet()) {
                if (template.startsWith("S3")) {
                    out.add(function + ": SAM policy template " + template + " is not limited to a prefix");
                }
            }
            for (Object st : (List<Object>) m.getOrDefault("Statement", List.of())) {
                Map<String, Object> s = (Map<String, Object>) st;
                List<String> actions = strings(s.get("Action"));
                boolean s3 = actions.stream().anyMatch(a -> a.startsWith("s3:") || a.equals("*"));
                if (!s3) {
                    continue;
                }
                if (actions.stream().anyMatch(a -> a.equals("*") || a.equals("s3:*"))) {
                    out.add(function + ": wildcard S3 actions");
                }
                String resource = flatten(s.get("Resource"));
                boolean reads = actions.stream().allMatch(a -> a.startsWith("s3:Get"));
                boolean writes = actions.stream().allMatch(a -> a.equals("s3:PutObject") || a.equals("s3:DeleteObject"));
                if (reads && !resource.contains("/${InputPrefix}*")) {
                    out.add(function + ": S3 reads not limited to the input prefix: " + resource);
                } else if (writes && !resource.contains("/${OutputPrefix}*")) {
                    out.add(function + ": S3 writes not limited to the output prefix: " + resource);
                } else if (!reads && !writes) {
                    out.add(function + ": S3 actions " + actions + " beyond reading the input and writing the output");
                }
            }
        }
    }

    static List<String> strings(Object o) {
        if (o instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object x : l) {
                out.add(String.valueOf(x));
            }
            return out;
        }
        return o == null ? List.of() : List.of(String.valueOf(o));
    }

    /** The literal values an expression can take: both branches of an {@code !If}, nothing for other intrinsics. */
    @SuppressWarnings("unchecked")
    static List<String> branches(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof Map<?, ?> m && m.containsKey("Fn::If")) {
            List<Object> args = (List<Object>) m.get("Fn::If");
            List<String> out = new ArrayList<>(branches(args.get(1)));
            out.addAll(branches(args.get(2)));
            return out;
        }
        if (o instanceof Map<?, ?>) {
            return List.of("<computed>");
        }
        return List.of(String.valueOf(o));
    }

    static String flatten(Object o) {
        StringBuilder sb = new StringBuilder();
        flatten(o, sb);
        return sb.toString();
    }

    private static void flatten(Object o, StringBuilder sb) {
        if (o instanceof Map<?, ?> m) {
            m.values().forEach(v -> flatten(v, sb));
        } else if (o instanceof List<?> l) {
            l.forEach(v -> flatten(v, sb));
        } else if (o != null) {
            sb.append(o).append(' ');
        }
    }

    static Object path(Object o, String... keys) {
        Object cur = o;
        for (String k : keys) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(k);
        }
        return cur;
    }

    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!]+)}");

    @SuppressWarnings("unchecked")
    static void collectRefs(Object o, List<String> refs) {
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                Object v = e.getValue();
                if (k.equals("Ref") && v instanceof String s) {
                    refs.add(s);
                } else if (k.equals("Condition") && v instanceof String s) {
                    refs.add(s);
                } else if (k.equals("Fn::GetAtt") && v instanceof List<?> l && !l.isEmpty()) {
                    refs.add(String.valueOf(l.get(0)));
                } else if (k.equals("Fn::Sub")) {
                    String text = v instanceof String s ? s : String.valueOf(((List<Object>) v).get(0));
                    Set<?> local = v instanceof List<?> l && l.size() > 1 && l.get(1) instanceof Map<?, ?> vars ? vars.keySet() : Set.of();
                    Matcher mm = SUB_VAR.matcher(text);
                    while (mm.find()) {
                        String name = mm.group(1).split("\\.")[0];
                        if (!local.contains(name)) {
                            refs.add(name);
                        }
                    }
                    if (v instanceof List<?> l && l.size() > 1) {
                        collectRefs(l.get(1), refs);
                    }
                    continue;
                }
                collectRefs(v, refs);
            }
        } else if (o instanceof List<?> l) {
            for (Object x : l) {
                collectRefs(x, refs);
            }
        }
    }
}
