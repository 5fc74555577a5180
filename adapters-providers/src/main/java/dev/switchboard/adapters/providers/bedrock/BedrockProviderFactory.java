package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.adapters.providers.shared.ConnectionSettings;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Creates the {@code bedrock} provider: AWS Bedrock's Converse API (chat, streaming, tools, vision, extended thinking),
 * Titan and Cohere embeddings, and the model list with its cross-region inference profiles.
 *
 * <p>Settings: {@code region} (required unless {@code AWS_REGION} is set), {@code endpoint} (the runtime endpoint, for
 * VPC endpoints and tests; also the control plane's unless {@code control_endpoint} is set), {@code control_endpoint},
 * {@code connect_timeout} (default 10s) and {@code request_timeout} (the gateway's by default).
 *
 * <p>Credentials: a profile without a key uses the AWS default credential chain (environment, shared profile, web
 * identity, container and instance roles). A profile's key is JSON, {@code {"access_key_id", "secret_access_key",
 * "session_token"?}}, used as static credentials, so that key rotation works for Bedrock too; any other key is a
 * Bedrock API key, sent as {@code Authorization: Bearer}.
 *
 * <p>The provider is thread-safe and does no I/O until called; every upstream failure is a
 * {@link dev.switchboard.domain.provider.ProviderException}.
 */
public final class BedrockProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "bedrock";

    private static final Set<String> KEYS =
            Set.of("region", "endpoint", "control_endpoint", "connect_timeout", "request_timeout");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+");

    private final UnaryOperator<@Nullable String> environment;

    /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
    public BedrockProviderFactory() {
        this(System::getenv);
    }

    BedrockProviderFactory(UnaryOperator<@Nullable String> environment) {
        this.environment = environment;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * A Bedrock provider with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        var unknown = new TreeSet<>(settings.values().keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw settings.invalid(
                    unknown.first(), "is not a setting of type bedrock (known: " + new TreeSet<>(KEYS) + ")");
        }
        URI endpoint = settings.optionalUri("endpoint").orElse(null);
        return new BedrockProvider(new BedrockSettings(
                settings.id(),
                region(settings),
                endpoint,
                settings.optionalUri("control_endpoint").orElse(endpoint),
                ConnectionSettings.connectTimeout(settings),
                settings.timeout()));
    }

    private String region(ProviderSettings settings) {
        String fromEnvironment = environment.apply("AWS_REGION");
        String region = settings.optionalString("region")
                .or(() -> fromEnvironment == null || fromEnvironment.isBlank()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(fromEnvironment.strip()))
                .orElseThrow(() -> settings.invalid("region", "is required (or set AWS_REGION)"));
        if (!REGION.matcher(region).matches())
            throw settings.invalid("region", "must be an AWS region such as us-east-1");
        return region;
    }
}
