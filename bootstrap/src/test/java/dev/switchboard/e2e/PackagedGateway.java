package dev.switchboard.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The packaged gateway ({@code bootstrap/target}), started as a child process with the same command line as
 * {@code ./switchboard serve}: without a config file the built-in mock provider serves; with one, {@code --config FILE}
 * and the given environment variables. It listens on a free loopback port, with an H2 database in the given directory. Failsafe passes where the jar and its libraries are; run from an IDE, the
 * defaults point at {@code target/} of this module.
 */
final class PackagedGateway implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> INHERITED_SETTINGS = List.of(
            "SWITCHBOARD_CONFIG",
            "ALLOWED_API_KEYS",
            "ADMIN_API_KEYS",
            "SERVICE_PORT",
            "DATABASE_URL",
            "REQUEST_TIMEOUT_S",
            "SWITCHBOARD_MASTER_KEY",
            "CEREBRAS_BASE_URL",
            "OLLAMA_BASE_URL");

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedGateway(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the gateway in {@code workDir} and returns once {@code GET /readyz} answers 200. */
    static PackagedGateway start(Path workDir) throws IOException, InterruptedException {
        return start(workDir, null, Map.of());
    }

    /**
     * Starts the gateway in {@code workDir} with {@code --config config} (none when null) and these extra environment
     * variables, and returns once {@code GET /readyz} answers 200.
     */
    static PackagedGateway start(Path workDir, @Nullable Path config, Map<String, String> variables)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = workDir.resolve("gateway.log");
        var builder = new ProcessBuilder(command(config))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        INHERITED_SETTINGS.forEach(environment::remove);
        environment.put("SERVICE_PORT", Integer.toString(port));
        environment.put("DATABASE_URL", "jdbc:h2:file:" + workDir.resolve("switchboard"));
        environment.putAll(variables);
        var gateway = new PackagedGateway(builder.start(), log, port);
        gateway.awaitReady();
        return gateway;
    }

    /** The root URL, such as {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Everything the gateway has written to stdout and stderr so far. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the gateway as a SIGTERM would, so its shutdown hooks (and a coverage agent) finish their work. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() throws InterruptedException {
        var deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the gateway exited with status " + process.exitValue() + ":\n" + log());
            }
            if (readyzStatus() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        close();
        throw new AssertionError("the gateway was not ready within " + READY_TIMEOUT + ":\n" + log());
    }

    private int readyzStatus() {
        try {
            var connection = (HttpURLConnection)
                    URI.create(baseUrl() + "/readyz").toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(2_000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException notListeningYet) {
            return -1;
        }
    }

    private static List<String> command(@Nullable Path config) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var jar = System.getProperty("switchboard.e2e.jar", "target/switchboard-bootstrap.jar");
        var lib = System.getProperty("switchboard.e2e.lib", "target/lib");
        var command = new ArrayList<String>();
        command.add(java);
        javaAgent().ifPresent(command::add);
        command.addAll(List.of(
                "-p",
                Path.of(lib).toAbsolutePath()
                        + File.pathSeparator
                        + Path.of(jar).toAbsolutePath(),
                "--enable-native-access=aws.crt",
                "--add-modules",
                "ALL-MODULE-PATH",
                "-m",
                "dev.switchboard.bootstrap/dev.switchboard.bootstrap.Main",
                "serve"));
        if (config != null)
            command.addAll(List.of("--config", config.toAbsolutePath().toString()));
        return command;
    }

    /** JaCoCo's agent for the child, so the end-to-end run counts towards bootstrap's coverage; unset when skipped. */
    private static Optional<String> javaAgent() {
        var agent = System.getProperty("switchboard.e2e.javaAgent", "").strip();
        if (agent.length() > 1 && agent.startsWith("\"") && agent.endsWith("\"")) {
            agent = agent.substring(1, agent.length() - 1);
        }
        return agent.startsWith("-javaagent:") ? Optional.of(agent) : Optional.empty();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }
}
