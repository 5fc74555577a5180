package dev.switchboard.adapters.http;

import dev.switchboard.application.AdminException;
import dev.switchboard.application.Gateway;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Switchboard's OpenAI-compatible HTTP API over a {@link Gateway}: {@code /v1/models}, {@code /v1/chat/completions}
 * (streaming included), {@code /v1/completions}, {@code /v1/embeddings}, {@code /v1/audio/transcriptions} and
 * {@code /v1/rerank}, each also under {@code /{provider}/v1}, plus {@code /healthz}, {@code /readyz}, {@code /metrics}, and the admin
 * API under {@code /admin} (admin keys only; off without one). Every request runs on its own virtual thread.
 *
 * <p>Create it, {@link #start()} it, {@link #stop()} it (or close it); it does not close the gateway. Every error is
 * OpenAI's envelope with the right status; no response carries a stack trace or a Java type.
 */
public final class HttpApi implements AutoCloseable {

    private final Javalin app;
    private final Guards guards;

    private HttpApi(Javalin app, Guards guards) {
        this.app = app;
        this.guards = guards;
    }

    /** Builds the API on {@code gateway}, without {@code /metrics}; nothing is bound until {@link #start()}. */
    public static HttpApi create(Gateway gateway, HttpSettings settings) {
        return create(gateway, settings, null, MetricsAccess.OFF);
    }

    /**
     * Builds the API on {@code gateway}, serving the metrics of {@code observability} (which the gateway must have
     * been started with) at {@code /metrics} to whom {@code access} says; nothing is bound until {@link #start()}.
     */
    public static HttpApi create(
            Gateway gateway, HttpSettings settings, @Nullable Observability observability, MetricsAccess access) {
        Objects.requireNonNull(gateway, "gateway");
        var guards = new Guards(settings, access);
        @Nullable
        MetricsEndpoint metrics = observability == null || access == MetricsAccess.OFF
                ? null
                : new MetricsEndpoint(observability.registry(), gateway.operations(), gateway.usage());
        var endpoints =
                new OpenAiEndpoints(gateway, settings.maxBodyBytes(), Clock.systemUTC(), RandomGenerator.getDefault());
        var transcriptions = new TranscriptionEndpoint(gateway, settings.maxUploadBytes());
        var rerank = new RerankEndpoint(gateway, settings.maxBodyBytes(), RandomGenerator.getDefault());
        var probes = new Probes(gateway);
        var admin = new AdminEndpoints(gateway.admin(), guards, settings.maxBodyBytes());
        var operations = new OperationsEndpoints(gateway.operations(), guards, settings.maxBodyBytes());
        var usage = new UsageEndpoint(gateway.usage(), guards, Clock.systemUTC());
        Javalin app = Javalin.create(config -> {
            configure(config, settings);
            config.routes.before(RequestIds::assign);
            config.routes.before(guards::securityHeaders);
            config.routes.before(guards::cors);
            config.routes.before(guards::apiKey);
            config.routes.before(guards::adminKey);
            config.routes.exception(Exception.class, ErrorResponses::handle);
            config.routes.exception(HttpResponseException.class, ErrorResponses::handle);
            config.routes.exception(AdminException.class, AdminFailures::handle);
            endpoints.register(config.routes);
            transcriptions.register(config.routes);
            rerank.register(config.routes);
            probes.register(config.routes);
            admin.register(config.routes);
            operations.register(config.routes);
            usage.register(config.routes);
            if (metrics != null) metrics.register(config.routes);
        });
        return new HttpApi(app, guards);
    }

    private static void configure(JavalinConfig config, HttpSettings settings) {
        config.concurrency.useVirtualThreads = true;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxBodyBytes();
        TranscriptionEndpoint.configure(config.jetty.multipartConfig, settings.maxUploadBytes());
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.requestLogger.http(AccessLog::write);
    }

    /** Binds the configured host and port and starts serving; returns once the server accepts connections. */
    public HttpApi start() {
        app.start();
        return this;
    }

    /** The port actually bound, which differs from the configured one when that was 0. */
    public int port() {
        return app.port();
    }

    /** True when no API key is configured, so that anyone who reaches the port may call the API. */
    public boolean isOpen() {
        return guards.isOpen();
    }

    /** Stops serving; requests under way are cut off. Idempotent. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The Javalin application, for {@code JavalinTest}. */
    Javalin javalin() {
        return app;
    }
}
