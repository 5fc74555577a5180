package dev.switchboard.adapters.providers.openai;

import dev.switchboard.domain.auth.Credential;
import java.net.http.HttpRequest;

/** How a dialect presents its key. An anonymous credential sends no header at all (local servers). */
enum Auth {
    /** {@code Authorization: Bearer <key>}: OpenAI, Cerebras, compatible servers, Azure with Entra ID tokens. */
    BEARER,
    /** {@code api-key: <key>}: Azure OpenAI's key header. */
    API_KEY_HEADER;

    void apply(HttpRequest.Builder request, Credential credential) {
        switch (credential) {
            case Credential.Anonymous ignored -> {
                // No key: nothing to send.
            }
            case Credential.ApiKey key -> {
                switch (this) {
                    case BEARER ->
                        request.setHeader("Authorization", "Bearer " + key.key().reveal());
                    case API_KEY_HEADER ->
                        request.setHeader("api-key", key.key().reveal());
                }
            }
        }
    }
}
