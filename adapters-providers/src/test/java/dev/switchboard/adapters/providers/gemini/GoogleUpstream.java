package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A stub of Google for the OAuth tests: a token endpoint at {@code /token} that hands out numbered access tokens, and
 * {@code generateContent} on both the Developer API and Vertex AI, answering a text reply.
 */
final class GoogleUpstream {

    static final String VERTEX_PATH =
            "/v1/projects/my-project/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent";

    private GoogleUpstream() {}

    /** Tokens are {@code ya29.<prefix>-<n>}, n counted by {@code tokens}; each lives {@code expiresIn} seconds. */
    static StubUpstream start(String prefix, AtomicInteger tokens, IntSupplier expiresIn) {
        var stub = StubUpstream.start();
        stub.on(
                "/token",
                exchange -> json(
                                200,
                                "{\"access_token\":\"ya29.%s-%d\",\"expires_in\":%d,\"token_type\":\"Bearer\"}"
                                        .formatted(prefix, tokens.incrementAndGet(), expiresIn.getAsInt()))
                        .send(exchange));
        stub.on(GeminiResponsesTest.PATH, json(200, resource("gemini/responses/text.json")));
        stub.on(VERTEX_PATH, json(200, resource("gemini/responses/text.json")));
        return stub;
    }
}
