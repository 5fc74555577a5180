package dev.switchboard.adapters.providers.gemini;

import com.google.auth.Retryable;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates one call. A profile's secret that is an API key goes in {@code x-goog-api-key}, never in the URL. A
 * secret that is a service-account JSON key ({@code "type": "service_account"}), and application default credentials
 * ({@link GeminiDefaultCredentials}) when the provider says {@code auth: adc}, become OAuth 2 bearer tokens through
 * Google's auth library, which fetches them from the key's {@code token_uri} and refreshes them before they expire. One
 * {@link GoogleCredentials} is kept per profile and key (one in all for {@code adc}), so tokens are cached across
 * calls. Vertex AI takes OAuth only. Thread-safe.
 */
final class GeminiAuth {

    static final List<String> SCOPES = List.of(
            "https://www.googleapis.com/auth/cloud-platform", "https://www.googleapis.com/auth/generative-language");

    private final boolean adc;
    private final boolean vertex;
    private final Function<String, @Nullable String> environment;
    private final Map<String, GoogleCredentials> credentials = new ConcurrentHashMap<>();

    /** @param environment reads an environment variable, for the application default credentials' lookup */
    GeminiAuth(boolean adc, boolean vertex, Function<String, @Nullable String> environment) {
        this.adc = adc;
        this.vertex = vertex;
        this.environment = environment;
    }

    /** Adds the call's authentication to the request. */
    void apply(HttpRequest.Builder request, URI uri, Credential credential) {
        GoogleCredentials oauth = oauth(credential);
        if (oauth == null) {
            if (credential instanceof Credential.ApiKey key)
                request.setHeader("x-goog-api-key", key.key().reveal());
            return;
        }
        try {
            oauth.getRequestMetadata(uri).forEach((name, values) -> values.forEach(v -> request.setHeader(name, v)));
        } catch (IOException e) {
            throw tokenFailure(e);
        }
    }

    /** The Google Cloud project of the call's service account, or null when it names none. */
    @Nullable
    String project(Credential credential) {
        GoogleCredentials oauth = oauth(credential);
        if (oauth instanceof ServiceAccountCredentials account) return account.getProjectId();
        return oauth == null ? null : oauth.getQuotaProjectId();
    }

    /** The OAuth credentials for the call, or null when it authenticates with an API key or nothing. */
    private @Nullable GoogleCredentials oauth(Credential credential) {
        if (adc) return credentials.computeIfAbsent("adc", ignored -> GeminiDefaultCredentials.find(environment));
        return switch (credential) {
            case Credential.ApiKey key
            when key.key().reveal().stripLeading().startsWith("{") ->
                credentials.computeIfAbsent(
                        key.profile().value() + ":" + digest(key.key().reveal()),
                        ignored -> serviceAccount(key.key().reveal()));
            case Credential.ApiKey ignored
            when vertex ->
                throw unauthorized("Vertex AI takes OAuth only: give a service-account JSON key or use auth: adc");
            case Credential.ApiKey ignored -> null;
            case Credential.Anonymous ignored
            when vertex ->
                throw unauthorized("Vertex AI takes OAuth only: give a service-account JSON key or use auth: adc");
            case Credential.Anonymous ignored -> null;
        };
    }

    private static GoogleCredentials serviceAccount(String json) {
        try {
            return ServiceAccountCredentials.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                    .createScoped(SCOPES);
        } catch (IOException | RuntimeException e) {
            // The library's message may quote the key file: only say what is wrong with it.
            throw unauthorized("the profile's secret is JSON but not a readable Google service-account key");
        }
    }

    /** A token the endpoint refused is the credential's fault; one it could not give now may come later. */
    private static ProviderException tokenFailure(IOException e) {
        if (e instanceof Retryable retryable && !retryable.isRetryable()) {
            return new ProviderException(
                    new ProviderFailure.Unauthorized("Google's token endpoint refused the OAuth 2 credentials"), e);
        }
        return new ProviderException(
                new ProviderFailure.Unavailable(0, "no OAuth 2 access token could be had from Google's token endpoint"),
                e);
    }

    private static ProviderException unauthorized(String message) {
        return new ProviderException(new ProviderFailure.Unauthorized(message));
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
