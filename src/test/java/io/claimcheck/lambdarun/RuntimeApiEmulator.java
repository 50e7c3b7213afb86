package io.claimcheck.lambdarun;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local AWS Lambda Runtime API (2018-06-01): the endpoints a runtime polls for invocations and
 * posts results to. It lets the packaged {@code function.zip} run under the real runtime
 * interface client, exactly as the AWS java21 runtime runs it, and it times what it sees.
 */
public final class RuntimeApiEmulator implements AutoCloseable {

    /** What the function answered: a response, or a function error. */
    public record Result(boolean error, String body, long nanos) {
    }

    private record Invocation(String id, String payload, CompletableFuture<Result> result, long[] started) {
    }

    private static final String BASE = "/2018-06-01/runtime";

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();

    public RuntimeApiEmulator() throws IOException {
        // without TCP_NODELAY every small exchange waits ~40 ms for a delayed ACK, which would be measured as latency
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext(BASE + "/invocation/next", this::next);
        server.createContext(BASE + "/invocation/", this::result);
        server.createContext(BASE + "/init/error", ex -> {
            initError.complete(read(ex));
            respond(ex, 202, "{}");
        });
        server.setExecutor(pool);
        server.start();
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Nanotime of the runtime's first poll: the end of its init phase. */
    public long awaitFirstPoll(Duration timeout) throws Exception {
        return CompletableFuture.anyOf(firstPoll, initError.thenApply(e -> {
            throw new IllegalStateException("function init failed: " + e);
        })).thenApply(Long.class::cast).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends one invocation and waits for its outcome. */
    public Result invoke(String payload, Duration timeout) throws Exception {
        Invocation inv = new Invocation(UUID.randomUUID().toString(), payload, new CompletableFuture<>(), new long[1]);
        inFlight.put(inv.id, inv);
        queue.add(inv);
        try {
            return inv.result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            inFlight.remove(inv.id);
        }
    }

    private void next(HttpExchange ex) throws IOException {
        firstPoll.complete(System.nanoTime());
        try {
            Invocation inv = queue.take();
            inv.started[0] = System.nanoTime();
            ex.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", inv.id);
            ex.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 900_000));
            ex.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:eu-west-1:123456789012:function:claimcheck");
            ex.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
            ex.getResponseHeaders().add("Content-Type", "application/json");
            respond(ex, 200, inv.payload);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            respond(ex, 500, "{}");
        }
    }

    private void result(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String rest = path.substring((BASE + "/invocation/").length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            respond(ex, 404, "{}");
            return;
        }
        String id = rest.substring(0, slash);
        String kind = rest.substring(slash + 1);
        String body = read(ex);
        Invocation inv = inFlight.get(id);
        if (inv != null) {
            inv.result.complete(new Result(kind.equals("error"), body, System.nanoTime() - inv.started[0]));
        }
        respond(ex, 202, "{\"status\":\"OK\"}");
    }

    private static String read(HttpExchange ex) throws IOException {
        return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
