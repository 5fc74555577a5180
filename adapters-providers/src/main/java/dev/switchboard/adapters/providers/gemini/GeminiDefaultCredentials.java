package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Google's application default credentials, looked up as Google's library does, with the environment read through a
 * function so that the lookup can be tested without changing the process's environment. When
 * {@code GOOGLE_APPLICATION_CREDENTIALS} names a file holding a service-account key or a user's refresh token (what
 * {@code gcloud auth application-default login} writes), that file is read here; any other kind of file (workload
 * identity federation, impersonation) and an unset variable are left to {@link GoogleCredentials#getApplicationDefault},
 * which also tries gcloud's own file and the metadata server. The credentials are scoped for Gemini and Vertex AI.
 */
final class GeminiDefaultCredentials {

    static final String VARIABLE = "GOOGLE_APPLICATION_CREDENTIALS";

    private GeminiDefaultCredentials() {}

    /**
     * The application default credentials.
     *
     * @throws ProviderException {@code Unauthorized} when none can be found or the file cannot be read; the message
     *     never quotes the file
     */
    static GoogleCredentials find(Function<String, @Nullable String> environment) {
        String file = environment.apply(VARIABLE);
        try {
            if (file == null || file.isBlank())
                return GoogleCredentials.getApplicationDefault().createScoped(GeminiAuth.SCOPES);
            return read(Path.of(file)).createScoped(GeminiAuth.SCOPES);
        } catch (IOException | RuntimeException e) {
            // The library's messages may quote the file's content: only say where the trouble is.
            throw new ProviderException(new ProviderFailure.Unauthorized(
                    file == null || file.isBlank()
                            ? "Google application default credentials are not available on this machine"
                            : "the file " + VARIABLE + " names is not a readable Google credentials file"));
        }
    }

    private static GoogleCredentials read(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        JsonNode key = ProviderJson.tree(json, "credentials file");
        return switch (key.path("type").asText("")) {
            case "service_account" -> ServiceAccountCredentials.fromStream(new ByteArrayInputStream(json));
            case "authorized_user" -> UserCredentials.fromStream(new ByteArrayInputStream(json));
            default -> GoogleCredentials.getApplicationDefault();
        };
    }
}
