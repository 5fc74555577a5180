package dev.switchboard.adapters.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * How one call authenticates. A profile without a key leaves the choice to the client's default chain (environment,
 * shared profile, web identity, container and instance roles). A profile's key that is JSON,
 * {@code {"access_key_id":"AKIA...","secret_access_key":"...","session_token":"..."}} (the token optional), is static
 * credentials for SigV4, so that each auth profile carries its own keys and rotation works. Any other key is a Bedrock
 * API key, sent as {@code Authorization: Bearer}. JSON that is not such credentials fails as {@code Unauthorized},
 * naming the profile and never the secret: it is the profile that cannot be used, not the client's request.
 */
final class BedrockCredentials {

    /** What signs a call. */
    sealed interface Signing {
        /** SigV4 with the client's default credential chain. */
        record DefaultChain() implements Signing {}

        /** SigV4 with the profile's own keys. */
        record Keys(AwsCredentialsProvider credentials) implements Signing {}

        /** A Bedrock API key as a bearer token. */
        record Bearer(String token) implements Signing {}
    }

    private BedrockCredentials() {}

    static Signing of(Credential credential) {
        return switch (credential) {
            case Credential.Anonymous ignored -> new Signing.DefaultChain();
            case Credential.ApiKey key
            when key.key().reveal().strip().startsWith("{") ->
                new Signing.Keys(StaticCredentialsProvider.create(read(key)));
            case Credential.ApiKey key -> new Signing.Bearer(key.key().reveal().strip());
        };
    }

    private static AwsCredentials read(Credential.ApiKey key) {
        JsonNode json = json(key);
        String id = text(json, "access_key_id");
        String secret = text(json, "secret_access_key");
        if (id == null || secret == null) throw wrongKey(key);
        String token = text(json, "session_token");
        return token == null ? AwsBasicCredentials.create(id, secret) : AwsSessionCredentials.create(id, secret, token);
    }

    private static JsonNode json(Credential.ApiKey key) {
        try {
            JsonNode json = ProviderJson.MAPPER.readTree(key.key().reveal());
            if (json != null && json.isObject()) return json;
        } catch (IOException notJson) {
            // Reported below without the parser's message, which could quote the secret.
        }
        throw wrongKey(key);
    }

    private static @Nullable String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }

    private static ProviderException wrongKey(Credential.ApiKey key) {
        return new ProviderException(new ProviderFailure.Unauthorized("the key of auth profile "
                + key.profile().value()
                + " is not Bedrock credentials: it must be JSON"
                + " {\"access_key_id\",\"secret_access_key\",\"session_token\"(optional)}"));
    }
}
