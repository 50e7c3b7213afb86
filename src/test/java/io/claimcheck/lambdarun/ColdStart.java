package io.claimcheck.lambdarun;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Cold start, latency and memory of the packaged function, run as the AWS java21 runtime runs it
 * (see {@link PackagedFunction}):
 *
 * <pre>./mvnw -q package -DskipTests &amp;&amp; ./mvnw -q test-compile exec:exec -Pcoldstart</pre>
 *
 * For each of {@code runs} fresh processes it reports the init time (process start to the
 * runtime's first poll) and the first invocation's latency; the p50 of the next
 * {@code invocations} requests of a 5,000-character article through the API Gateway event
 * ("early": the JIT is still compiling the path); then, after {@link #WARM_UP} more requests, the
 * steady p50 and p99 of the article and the p50 of {@code GET /v1/health}; and the process's peak
 * resident memory (VmHWM). Arguments: zip path, runs, invocations, and {@code baseline} to
 * measure the empty Quarkus function first.
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args.length > 0 ? args[0] : "target/function.zip");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int invocations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        String event = PackagedFunction.httpEvent("POST", "/v1/checklists", "text/plain; charset=utf-8", article(5_000), Map.of());
        // GET /v1/health through the same door: what an invocation costs without the engine
        String health = PackagedFunction.httpEvent("GET", "/v1/health", null, null, Map.of());
        if (args.length > 3 && args[3].equals("baseline")) {
            System.out.println("== empty Quarkus HTTP function (baseline), built the same way");
            measure(buildBaseline(), runs, invocations, event, health);
            System.out.println("== claimcheck");
        }
        measure(zip, runs, invocations, event, health);
    }

    /** Builds src/test/resources/baseline/empty-function with this project's Maven wrapper; returns its function.zip. */
    static Path buildBaseline() throws Exception {
        Path src = Path.of("src/test/resources/baseline/empty-function");
        Path dir = Path.of("target/baseline/empty-function");
        try (var files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Process p = new ProcessBuilder(Path.of("mvnw").toAbsolutePath().toString(), "-q", "-B", "-f",
                dir.resolve("pom.xml").toAbsolutePath().toString(), "package", "-DskipTests").inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the baseline function did not build");
        }
        return dir.resolve("target/function.zip");
    }

    /** Invocations between the early and the steady sample: enough for C1 to compile what the path runs. */
    static final int WARM_UP = 2_000;

    static void measure(Path zip, int runs, int invocations, String event, String health) throws Exception {
        System.out.printf("%-5s %9s %10s %12s %12s %12s %14s %10s%n", "run", "init ms", "first ms", "early p50", "steady p50",
                "steady p99", "health p50 ms", "peak RSS MB");
        for (int r = 1; r <= runs; r++) {
            try (PackagedFunction f = PackagedFunction.start(zip, Map.of(), "-Xmx256m")) {
                Duration init = f.awaitReady(Duration.ofSeconds(60));
                RuntimeApiEmulator.Result first = f.invoke(event);
                if (first.error() || !first.body().contains("\"statusCode\":200")) {
                    throw new IllegalStateException("unexpected answer: " + first.body());
                }
                long[] early = sample(f, event, invocations);
                for (int k = 0; k < WARM_UP; k++) {
                    f.invoke(k % 2 == 0 ? event : health);
                }
                long[] steady = sample(f, event, invocations);
                long[] door = sample(f, health, invocations);
                System.out.printf("%-5d %9d %10.1f %12.2f %12.2f %12.2f %14.2f %10.0f%n", r, init.toMillis(), first.nanos() / 1e6,
                        early[invocations / 2] / 1e6, steady[invocations / 2] / 1e6,
                        steady[(int) Math.ceil(invocations * 0.99) - 1] / 1e6, door[invocations / 2] / 1e6, peakRssMb(f.pid()));
            }
        }
    }

    /** Latencies of {@code n} invocations of one event, sorted. */
    static long[] sample(PackagedFunction f, String event, int n) throws Exception {
        long[] t = new long[n];
        for (int k = 0; k < n; k++) {
            t[k] = f.invoke(event).nanos();
        }
        Arrays.sort(t);
        return t;
    }

    /**
     * A 5,000-character article: real news from the dev corpus when {@code ../shared/corpus/dev} is
     * there (read, never copied into the repository), else our own, much denser, sample prose.
     */
    static String article(int chars) throws Exception {
        String news;
        Path corpus = Path.of("../shared/corpus/dev");
        if (Files.isDirectory(corpus)) {
            StringBuilder all = new StringBuilder();
            ObjectMapper json = new ObjectMapper();
            try (var files = Files.list(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    all.append(json.readTree(f.toFile()).path("body").asText()).append("\n\n");
                }
            }
            news = all.toString().strip();
            System.out.println("[coldstart] article: dev corpus news");
        } else {
            try (InputStream in = ColdStart.class.getResourceAsStream("/bench/news.txt")) {
                news = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            System.out.println("[coldstart] article: own dense sample (no corpus at ../shared)");
        }
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(news).append("\n\n");
        }
        sb.setLength(chars);
        return sb.toString();
    }

    /** Peak resident set of a process, from /proc (Linux). */
    static double peakRssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
