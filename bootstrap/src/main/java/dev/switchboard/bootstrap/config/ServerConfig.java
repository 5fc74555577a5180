package dev.switchboard.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the HTTP server listens: the {@code server} section.
 *
 * @param port the TCP port, 0 for any free one (default 8080)
 * @param host the address to bind (default {@code 0.0.0.0}, every interface)
 * @param requestTimeout how long one upstream call may take, from {@code request_timeout_s} (default 60 s)
 * @param maxBodyBytes the largest request body accepted (default 10 MiB)
 * @param securityHeaders whether responses carry the security headers (default on)
 */
public record ServerConfig(int port, String host, Duration requestTimeout, long maxBodyBytes, boolean securityHeaders) {

    static final int DEFAULT_PORT = 8080;
    static final long DEFAULT_TIMEOUT_SECONDS = 60;
    static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    public ServerConfig {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("server.port must be from 0 to 65535");
        if (host == null || host.isBlank()) throw new IllegalArgumentException("server.host must not be blank");
        Objects.requireNonNull(requestTimeout, "server.request_timeout_s");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("server.request_timeout_s must be greater than 0");
        }
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("server.max_body_bytes must be greater than 0");
    }

    public static ServerConfig defaults() {
        return new ServerConfig(
                DEFAULT_PORT, "0.0.0.0", Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), DEFAULT_MAX_BODY_BYTES, true);
    }

    static ServerConfig read(Node server) {
        var config = new ServerConfig(
                (int) server.whole("port", DEFAULT_PORT, 0, 65_535),
                server.text("host", "0.0.0.0"),
                Duration.ofSeconds(server.whole("request_timeout_s", DEFAULT_TIMEOUT_SECONDS, 1, Long.MAX_VALUE)),
                server.whole("max_body_bytes", DEFAULT_MAX_BODY_BYTES, 1, Long.MAX_VALUE),
                server.bool("security_headers", true));
        server.rejectUnknown();
        return config;
    }
}
