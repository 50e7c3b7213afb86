package io.claimcheck.storage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real S3-compatible server for the tests: s3proxy (fetched from Maven Central by the build
 * into {@code target/s3proxy/}), in memory, on a free loopback port, in its own JVM. The function
 * reaches it through configuration alone, as a newsroom would reach any S3 endpoint.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String IDENTITY = "local-identity";
    public static final String CREDENTIAL = "local-credential";

    private Process process;

    /** Starts a server and returns its endpoint; the caller stops the process. */
    public static Process startServer(int port) throws IOException, InterruptedException {
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("s3proxy is missing: run the build (generate-test-resources copies it to " + jar + ")");
        }
        Path props = Files.createTempFile("s3proxy", ".properties");
        props.toFile().deleteOnExit();
        Files.writeString(props, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=transient",
                "jclouds.identity=" + IDENTITY,
                "jclouds.credential=" + CREDENTIAL,
                ""));
        Path log = Files.createTempFile("s3proxy", ".log");
        log.toFile().deleteOnExit();
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(), "--properties", props.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("s3proxy exited: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return p;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("s3proxy did not start: " + Files.readString(log));
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The configuration that points the function at a local endpoint: nothing else changes. */
    public static Map<String, String> config(int port) {
        return Map.of(
                "quarkus.s3.endpoint-override", "http://127.0.0.1:" + port,
                "quarkus.s3.path-style-access", "true",
                "quarkus.s3.aws.region", "eu-west-1",
                "quarkus.s3.aws.credentials.type", "static",
                "quarkus.s3.aws.credentials.static-provider.access-key-id", IDENTITY,
                "quarkus.s3.aws.credentials.static-provider.secret-access-key", CREDENTIAL);
    }

    @Override
    public Map<String, String> start() {
        try {
            int port = freePort();
            process = startServer(port);
            return config(port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
