package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.telemetry.TraceParent;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.token.credentials.StaticTokenProvider;
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
import software.amazon.awssdk.services.bedrock.auth.scheme.BedrockAuthSchemeProvider;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeBaseClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.auth.scheme.BedrockRuntimeAuthSchemeProvider;

/**
 * The provider's three SDK clients, built on first use and shared by every call: the runtime client for
 * {@code Converse} and {@code InvokeModel} and the control-plane client for the model list, both over the JDK's URL
 * connection (no thread of their own, no extra jar), and the async runtime client for {@code ConverseStream}, which the
 * SDK offers only asynchronously, over the AWS CRT client (native event loop, no Netty). The SDK retries nothing: the
 * gateway's rotation and failover decide what happens after a failure. Credentials are chosen per call (see
 * {@link #override}), so one set of clients serves every auth profile and nothing needs a per-key cache; Bedrock API
 * keys get a second set that prefers bearer auth, built only when such a key is used. Providers have no lifecycle, so
 * the clients live as long as the gateway.
 */
final class BedrockClients {

    private final BedrockSettings settings;
    /** The scheme name without its namespace, as the SDK's preferred-scheme list wants it. */
    private static final String BEARER = "httpBearerAuth";

    /**
     * The bearer clients' own token, never sent: the SDK picks bearer auth only for a client that has a token
     * provider, and every call brings its profile's key in {@link #override}.
     */
    private static final StaticTokenProvider NO_TOKEN = StaticTokenProvider.create(() -> {
        throw new IllegalStateException("a Bedrock API key call came without its key");
    });

    private final Lazy<SdkHttpClient> http = new Lazy<>(this::syncHttp);
    private final Lazy<SdkAsyncHttpClient> async = new Lazy<>(this::asyncHttp);
    private final Lazy<BedrockRuntimeClient> runtime = new Lazy<>(this::buildRuntime);
    private final Lazy<BedrockRuntimeAsyncClient> streaming = new Lazy<>(this::buildStreaming);
    private final Lazy<BedrockClient> control = new Lazy<>(this::buildControl);
    private final Lazy<BedrockRuntimeClient> bearerRuntime = new Lazy<>(() -> bearer(buildRuntimeBuilder()));
    private final Lazy<BedrockRuntimeAsyncClient> bearerStreaming = new Lazy<>(() -> bearer(buildStreamingBuilder()));
    private final Lazy<BedrockClient> bearerControl = new Lazy<>(this::buildBearerControl);

    BedrockClients(BedrockSettings settings) {
        this.settings = settings;
    }

    /** The runtime client for this call: a Bedrock API key needs one that prefers bearer auth over SigV4. */
    BedrockRuntimeClient runtime(CallContext context) {
        return bearer(context) ? bearerRuntime.get() : runtime.get();
    }

    BedrockRuntimeAsyncClient streaming(CallContext context) {
        return bearer(context) ? bearerStreaming.get() : streaming.get();
    }

    BedrockClient control(CallContext context) {
        return bearer(context) ? bearerControl.get() : control.get();
    }

    private static boolean bearer(CallContext context) {
        return BedrockCredentials.of(context.credential()) instanceof BedrockCredentials.Signing.Bearer;
    }

    /**
     * What one call changes of its client's configuration: the auth profile's credentials (none for the default
     * chain), the call's timeout (not for streams, whose length is the client's business), the gateway's request id and
     * trace context.
     */
    static AwsRequestOverrideConfiguration override(CallContext context, boolean wholeCallTimeout) {
        var override = AwsRequestOverrideConfiguration.builder().putHeader("X-Request-ID", context.requestId());
        TraceParent trace = context.traceParent();
        if (trace != null) override.putHeader("traceparent", trace.header());
        switch (BedrockCredentials.of(context.credential())) {
            case BedrockCredentials.Signing.DefaultChain ignored -> {}
            case BedrockCredentials.Signing.Keys keys -> override.credentialsProvider(keys.credentials());
            case BedrockCredentials.Signing.Bearer bearer ->
                override.tokenIdentityProvider(StaticTokenProvider.create(bearer::token));
        }
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
        return buildRuntimeBuilder().build();
    }

    private BedrockRuntimeClientBuilder buildRuntimeBuilder() {
        return configure(BedrockRuntimeClient.builder().httpClient(http.get()), settings.endpoint());
    }

    private BedrockRuntimeAsyncClient buildStreaming() {
        return buildStreamingBuilder().build();
    }

    private BedrockRuntimeAsyncClientBuilder buildStreamingBuilder() {
        return configure(BedrockRuntimeAsyncClient.builder().httpClient(async.get()), settings.endpoint());
    }

    private SdkAsyncHttpClient asyncHttp() {
        return AwsCrtAsyncHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .build();
    }

    private BedrockClient buildControl() {
        return configure(BedrockClient.builder().httpClient(http.get()), settings.controlEndpoint())
                .build();
    }

    private BedrockClient buildBearerControl() {
        return configure(BedrockClient.builder().httpClient(http.get()), settings.controlEndpoint())
                .authSchemeProvider(BedrockAuthSchemeProvider.defaultProvider(List.of(BEARER)))
                .tokenProvider(NO_TOKEN)
                .build();
    }

    /** Bedrock API keys: the same client, preferring {@code Authorization: Bearer} to SigV4. */
    private static <C> C bearer(BedrockRuntimeBaseClientBuilder<?, C> builder) {
        return builder.authSchemeProvider(BedrockRuntimeAuthSchemeProvider.defaultProvider(List.of(BEARER)))
                .tokenProvider(NO_TOKEN)
                .build();
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
