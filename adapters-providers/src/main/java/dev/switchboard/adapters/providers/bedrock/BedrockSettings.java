package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.model.ProviderId;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One {@code bedrock} provider's configuration, as {@link BedrockProviderFactory} read and checked it.
 *
 * @param region the AWS region, such as {@code us-east-1}
 * @param endpoint the runtime endpoint instead of {@code bedrock-runtime.<region>.amazonaws.com}, or null
 * @param controlEndpoint the control-plane endpoint instead of {@code bedrock.<region>.amazonaws.com}, or null
 * @param connectTimeout how long opening a connection may take
 * @param timeout how long one upstream call may take, unless the call says otherwise
 */
record BedrockSettings(
        ProviderId id,
        String region,
        @Nullable URI endpoint,
        @Nullable URI controlEndpoint,
        Duration connectTimeout,
        Duration timeout) {}
