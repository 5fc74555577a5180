package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.provider.CallContext;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The provider's three SDK clients, built on first use and shared by every call: the runtime client for
 * {@code Converse} and {@code InvokeModel} and the control-plane client for the model list, both over the JDK's URL
 * connection (no thread of their own, no extra jar), and the async runtime client for {@code ConverseStream}, which the
 * SDK offers only asynchronously, over the AWS CRT client (native event loop, no Netty). The SDK retries nothing: the
 * gateway's rotation and failover decide what happens after a failure. Credentials are chosen per call (see
 * {@link #override}), so one set of clients serves every auth profile and nothing needs a per-key cache.
 */
final class BedrockClients {

    private final BedrockSettings settings;
    private final Lazy<SdkHttpClient> http = new Lazy<>(this::syncHttp);
    private final Lazy<BedrockRuntimeClient> runtime = new Lazy<>(this::buildRuntime);
    private final Lazy<BedrockRuntimeAsyncClient> streaming = new Lazy<>(this::buildStreaming);
    private final Lazy<BedrockClient> control = new Lazy<>(this::buildControl);

    BedrockClients(BedrockSettings settings) {
        this.settings = settings;
    }

    BedrockRuntimeClient runtime() {
        return runtime.get();
    }

    BedrockRuntimeAsyncClient streaming() {
        return streaming.get();
    }

    BedrockClient control() {
        return control.get();
    }

    /**
     * What one call changes of its client's configuration: the auth profile's credentials (none for the default
     * chain), the call's timeout (not for streams, whose length is the client's business), the gateway's request id.
     */
    static AwsRequestOverrideConfiguration override(CallContext context, boolean wholeCallTimeout) {
        var override = AwsRequestOverrideConfiguration.builder().putHeader("X-Request-ID", context.requestId());
        AwsCredentialsProvider credentials = BedrockCredentials.of(context.credential());
        if (credentials != null) override.credentialsProvider(credentials);
        if (wholeCallTimeout) override.apiCallTimeout(context.timeout());
        return override.build();
    }

    private SdkHttpClient syncHttp() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .socketTimeout(settings.timeout())
                .build();
    }

    private BedrockRuntimeClient buildRuntime() {
        var builder = BedrockRuntimeClient.builder().httpClient(http.get());
        return configure(builder, settings.endpoint()).build();
    }

    private BedrockRuntimeAsyncClient buildStreaming() {
        SdkAsyncHttpClient async = AwsCrtAsyncHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .build();
        var builder = BedrockRuntimeAsyncClient.builder().httpClient(async);
        return configure(builder, settings.endpoint()).build();
    }

    private BedrockClient buildControl() {
        var builder = BedrockClient.builder().httpClient(http.get());
        return configure(builder, settings.controlEndpoint()).build();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, java.net.@Nullable URI endpoint) {
        builder.region(Region.of(settings.region()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .build());
        if (endpoint != null) builder.endpointOverride(endpoint);
        return builder;
    }

    /** A value built once, on first use, by whichever call comes first. */
    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile @Nullable T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T current = value;
            if (current != null) return current;
            lock.lock();
            try {
                if (value == null) value = factory.get();
                return java.util.Objects.requireNonNull(value);
            } finally {
                lock.unlock();
            }
        }
    }
}
