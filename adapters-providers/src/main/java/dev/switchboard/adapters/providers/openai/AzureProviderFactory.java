package dev.switchboard.adapters.providers.openai;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Creates the {@code azure} provider: Azure OpenAI, with chat, streaming, legacy completions, embeddings, models and
 * audio transcriptions.
 *
 * <p>Settings: {@code base_url} (required: the resource endpoint, such as
 * {@code https://my-resource.openai.azure.com}; a trailing {@code /openai} or {@code /openai/v1} is cut off);
 * {@code api_style}, {@code deployments} (the default:
 * {@code {base}/openai/deployments/{deployment}/chat/completions?api-version=...}) or {@code v1}
 * ({@code {base}/openai/v1/chat/completions}, the deployment name in the body's {@code model}); {@code api_version}
 * (default {@value #DEFAULT_API_VERSION}, for the deployments style); {@code deployments} (a map from model name to
 * deployment name; a model without one is its own deployment; when set, the model list is these names);
 * {@code auth}, {@code api-key} (the default: the key in the {@code api-key} header) or {@code entra} (the profile's
 * secret is a Microsoft Entra ID token, sent as {@code Authorization: Bearer}); {@code headers},
 * {@code connect_timeout} and {@code request_timeout} as for {@code openai}.
 *
 * <p>Azure's extras pass through unharmed: the first stream event that holds only {@code prompt_filter_results} is
 * skipped, {@code content_filter_results} are ignored, a {@code content_filter} finish is reported as such, string
 * error codes are read, and {@code model} in answers names the underlying model.
 */
public final class AzureProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "azure";

    /** The api-version sent when the configuration names none: the 2024-10-21 GA API. */
    public static final String DEFAULT_API_VERSION = "2024-10-21";

    /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
    public AzureProviderFactory() {
        // Nothing to set up: every provider holds its own settings.
    }

    /** The resource endpoint itself: a base URL copied with Azure's {@code /openai} or {@code /openai/v1} is cut back. */
    static URI resource(URI base) {
        String text = base.toString().replaceAll("/+$", "");
        if (text.endsWith("/openai/v1")) text = text.substring(0, text.length() - "/openai/v1".length());
        if (text.endsWith("/openai")) text = text.substring(0, text.length() - "/openai".length());
        return URI.create(text);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * An Azure OpenAI provider with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is missing, unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        DialectSettings.rejectUnknownKeys(settings, "api_version", "api_style", "deployments", "auth");
        URI base = resource(settings.uri("base_url"));
        Map<String, String> deployments = settings.stringMap("deployments");
        String apiVersion = settings.string("api_version", DEFAULT_API_VERSION);
        Endpoints endpoints = DialectSettings.choice(settings, "api_style", "deployments", "v1")
                        .equals("v1")
                ? new Endpoints.AzureV1(base, deployments)
                : new Endpoints.AzureDeployments(base, apiVersion, deployments);
        Auth auth = DialectSettings.choice(settings, "auth", "api-key", "entra").equals("entra")
                ? Auth.BEARER
                : Auth.API_KEY_HEADER;
        return new OpenAiProvider(new Dialect(
                settings.id(),
                endpoints,
                auth,
                ConnectionSettings.headers(settings),
                DialectSettings.EVERY_OPERATION,
                List.copyOf(deployments.keySet()),
                Dialect.MAX_COMPLETION_TOKENS,
                null,
                ConnectionSettings.connectTimeout(settings)));
    }
}
