/**
 * The OpenAI-compatible HTTP API: Javalin on virtual threads, hand-written server-sent events, inbound API keys,
 * request ids, security headers and CORS. Bootstrap creates it with {@link dev.switchboard.adapters.http.HttpApi}.
 */
module dev.switchboard.adapters.http {
    requires transitive dev.switchboard.application;
    requires dev.switchboard.openai.wire;
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires micrometer.core;
    requires micrometer.registry.prometheus;
    requires transitive io.opentelemetry.api;
    requires io.opentelemetry.context;
    requires static org.jspecify;

    exports dev.switchboard.adapters.http;
}
