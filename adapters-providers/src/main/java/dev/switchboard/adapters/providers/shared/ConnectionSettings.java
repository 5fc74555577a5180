package dev.switchboard.adapters.providers.shared;

import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The connection settings every HTTP provider reads the same way: {@code connect_timeout} and {@code headers}. */
public final class ConnectionSettings {

    /** The connect timeout when an entry sets none. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private ConnectionSettings() {}

    /** {@code connect_timeout}, positive, 10s by default. */
    public static Duration connectTimeout(ProviderSettings settings) {
        Duration timeout = settings.duration("connect_timeout", DEFAULT_CONNECT_TIMEOUT);
        if (timeout.isZero()) throw settings.invalid("connect_timeout", "must be positive");
        return timeout;
    }

    /** The configured extra headers, each checked: java.net.http refuses some names, such as {@code Host}. */
    public static Map<String, String> headers(ProviderSettings settings) {
        var headers = new LinkedHashMap<String, String>();
        settings.stringMap("headers").forEach((name, value) -> {
            try {
                HttpRequest.newBuilder(URI.create("http://localhost/")).setHeader(name, value);
            } catch (IllegalArgumentException e) {
                throw settings.invalid("headers." + name, "cannot be sent: the header name or value is not allowed");
            }
            headers.put(name, value);
        });
        return headers;
    }
}
