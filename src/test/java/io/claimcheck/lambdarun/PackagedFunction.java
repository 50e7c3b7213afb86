package io.claimcheck.lambdarun;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs {@code target/function.zip} the way the AWS java21 managed runtime does: the zip is
 * unpacked into a task root, and the AWS Lambda runtime interface client (from Maven Central,
 * on the test class path) loads the handler from it and polls a {@link RuntimeApiEmulator}.
 */
public final class PackagedFunction implements AutoCloseable {

    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    private final Process process;
    private final RuntimeApiEmulator api;
    private final long startNanos;
    private final Path log;
    private final Path taskRoot;

    private PackagedFunction(Process process, RuntimeApiEmulator api, long startNanos, Path log, Path taskRoot) {
        this.process = process;
        this.api = api;
        this.startNanos = startNanos;
        this.log = log;
        this.taskRoot = taskRoot;
    }

    /** Unpacks the zip and starts the runtime with the given extra environment. */
    public static PackagedFunction start(Path zip, Map<String, String> env, String... jvmArgs) throws Exception {
        Path taskRoot = Files.createTempDirectory("claimcheck-task");
        unzip(zip, taskRoot);
        RuntimeApiEmulator api = new RuntimeApiEmulator();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+TieredCompilation");
        cmd.add("-XX:TieredStopAtLevel=1"); // what the AWS java runtimes set for faster start
        cmd.addAll(List.of(jvmArgs));
        cmd.add("-cp");
        cmd.add(runtimeClientClassPath());
        cmd.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
        cmd.add(HANDLER);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(taskRoot.toFile()); // the client loads /var/task from user.dir
        Path log = Files.createTempFile("claimcheck-function", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> e = pb.environment();
        e.put("AWS_LAMBDA_RUNTIME_API", api.address());
        e.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        e.put("_HANDLER", HANDLER);
        e.put("AWS_LAMBDA_FUNCTION_NAME", "claimcheck");
        e.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        e.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        e.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/claimcheck");
        e.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
        e.put("AWS_REGION", "eu-west-1");
        e.put("AWS_DEFAULT_REGION", "eu-west-1");
        e.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        e.putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        return new PackagedFunction(p, api, t0, log, taskRoot);
    }

    /** Waits for the runtime's first poll and returns the init time. */
    public Duration awaitReady(Duration timeout) throws Exception {
        try {
            return Duration.ofNanos(api.awaitFirstPoll(timeout) - startNanos);
        } catch (Exception e) {
            throw new IllegalStateException("the function did not start; its output:\n" + output(), e);
        }
    }

    public RuntimeApiEmulator.Result invoke(String payload) throws Exception {
        try {
            return api.invoke(payload, Duration.ofSeconds(60));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer within 60 s (alive: " + process.isAlive() + "); function output:\n"
                    + output(), e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /**
     * An API Gateway HTTP API (2.0) event for {@code method path}, made from the sample
     * {@code events/http-article-json.json}; {@code contentType} and {@code body} may be null.
     */
    public static String httpEvent(String method, String path, String contentType, String body, Map<String, String> headers)
            throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode ev = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(Files.readString(Path.of("events", "http-article-json.json")));
        ev.put("rawPath", path);
        ((com.fasterxml.jackson.databind.node.ObjectNode) ev.path("requestContext").path("http")).put("method", method).put("path", path);
        com.fasterxml.jackson.databind.node.ObjectNode h = json.createObjectNode().put("accept", "application/json");
        if (contentType != null) {
            h.put("content-type", contentType);
        }
        if (body != null) {
            h.put("content-length", Integer.toString(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
            ev.put("body", body);
        } else {
            ev.remove("body");
        }
        headers.forEach(h::put);
        ev.set("headers", h);
        return json.writeValueAsString(ev);
    }

    /** The runtime interface client and its own dependencies, from this JVM's class path. */
    static String runtimeClientClassPath() {
        List<String> keep = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("aws-lambda-java-runtime-interface-client") || name.startsWith("aws-lambda-java-serialization")
                    || name.startsWith("aws-lambda-java-core") || name.startsWith("utils-lite")) {
                keep.add(entry);
            }
        }
        if (keep.isEmpty()) {
            throw new IllegalStateException("aws-lambda-java-runtime-interface-client is not on the test class path");
        }
        return String.join(File.pathSeparator, keep);
    }

    static void unzip(Path zip, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = z.getNextEntry()) != null) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("zip entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        api.close();
        // the unpacked zip (28 MB) and the log go with the process
        try (var files = Files.walk(taskRoot)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            System.err.println("[packaged-function] could not clean " + taskRoot + ": " + e);
        }
    }
}
