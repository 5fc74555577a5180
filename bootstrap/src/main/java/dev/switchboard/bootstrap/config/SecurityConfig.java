package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.auth.Secret;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who may call the gateway: the {@code security} section.
 *
 * @param apiKeys the keys clients send as {@code Authorization: Bearer ...}; none means the gateway is open
 * @param adminKeys the keys of the admin API
 * @param corsOrigins the browser origins allowed by CORS ({@code *} for any); none turns CORS off
 */
public record SecurityConfig(List<Secret> apiKeys, List<Secret> adminKeys, List<String> corsOrigins) {

    private static final Pattern ORIGIN = Pattern.compile("\\*|https?://[^/\\s]+");

    public SecurityConfig {
        apiKeys = List.copyOf(apiKeys);
        adminKeys = List.copyOf(adminKeys);
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static SecurityConfig defaults() {
        return new SecurityConfig(List.of(), List.of(), List.of());
    }

    static SecurityConfig read(Node security) {
        var apiKeys = security.texts("api_keys").stream().map(Secret::of).toList();
        var adminKeys = security.texts("admin_keys").stream().map(Secret::of).toList();
        var origins = security.texts(
                "cors_origins",
                origin -> ORIGIN.matcher(origin).matches(),
                "must be * or an origin such as https://app.example.com");
        security.rejectUnknown();
        return new SecurityConfig(apiKeys, adminKeys, origins);
    }
}
