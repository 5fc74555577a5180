package dev.switchboard.adapters.http;

import dev.switchboard.domain.auth.Secret;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP adapter's slice of the configuration.
 *
 * @param host the address to bind, such as {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port the port to bind; 0 picks a free one (see {@link HttpApi#port()})
 * @param apiKeys the keys clients may send as {@code Authorization: Bearer}; none leaves the API open
 * @param adminKeys the keys of the {@code /admin} routes; none turns the admin API off
 * @param corsOrigins the browser origins allowed to call the API; none turns CORS off
 * @param securityHeaders whether to send {@code X-Content-Type-Options}, {@code X-Frame-Options},
 *     {@code Referrer-Policy}, {@code Content-Security-Policy} and {@code Cache-Control: no-store}
 * @param maxBodyBytes the largest request body accepted; larger ones get 413. Audio uploads to
 *     {@code /v1/audio/transcriptions} have their own, larger limit: see {@link #maxUploadBytes()}
 */
public record HttpSettings(
        String host,
        int port,
        List<Secret> apiKeys,
        List<Secret> adminKeys,
        List<String> corsOrigins,
        boolean securityHeaders,
        long maxBodyBytes) {

    /** The default body limit: 10 MiB, room for a long conversation with a few inline images. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    /** The least an audio upload may be: 25 MiB, the largest file OpenAI's transcription endpoint takes. */
    public static final long MIN_UPLOAD_BYTES = 25L * 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("server host must not be blank");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("server port must be between 0 and 65535");
        apiKeys = List.copyOf(apiKeys);
        adminKeys = List.copyOf(adminKeys);
        corsOrigins = List.copyOf(corsOrigins);
        if (maxBodyBytes < 1) throw new IllegalArgumentException("max body bytes must be positive");
    }

    /**
     * The largest audio file {@code POST /v1/audio/transcriptions} accepts: {@code maxBodyBytes} or 25 MiB, whichever
     * is larger. Audio is far larger than any JSON request, so it gets its own limit, but not a separate setting: one
     * that follows the body limit keeps configuration simple and never refuses a file that OpenAI would take. The
     * whole multipart request may be 1 MiB larger, for the other fields and the framing.
     */
    public long maxUploadBytes() {
        return Math.max(maxBodyBytes, MIN_UPLOAD_BYTES);
    }

    /** An open API on all interfaces: no keys, no CORS, security headers on, the default body limit. */
    public static HttpSettings open(int port) {
        return new HttpSettings("0.0.0.0", port, List.of(), List.of(), List.of(), true, DEFAULT_MAX_BODY_BYTES);
    }
}
