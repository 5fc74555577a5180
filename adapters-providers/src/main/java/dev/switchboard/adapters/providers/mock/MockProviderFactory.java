package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;

/**
 * Creates the built-in {@code mock} provider: deterministic answers with no network and no key, so that a gateway with
 * no configuration still works, and tests and benchmarks have an upstream that costs nothing.
 *
 * <p>Settings, all optional: {@code models} (chat models to list; default {@code echo}, {@code scripted}),
 * {@code embedding_models} (default {@code embed}), {@code reply} (a fixed answer; by default the mock echoes the last
 * user message), {@code latency} (a wait before each answer, such as {@code 200ms}), {@code chunk_delay} (the pause
 * between streamed pieces), {@code chunk_size} (characters per streamed piece; by default one word per piece),
 * {@code fail_with} (every call fails with this failure: {@code rate_limited}, {@code unauthorized}, {@code forbidden},
 * {@code model_not_found}, {@code invalid_request}, {@code context_length_exceeded}, {@code unavailable},
 * {@code timeout}, {@code network} or {@code malformed_response}), {@code fail_after} (streams send this many pieces
 * before failing), {@code dimensions} (embedding length when the request does not say; default 8).
 *
 * <p>The model {@code scripted} calls the first tool whenever a request offers tools and does not forbid them; any
 * model calls a tool when {@code tool_choice} requires one or names one. {@code max_tokens} counts words.
 */
public final class MockProviderFactory implements ModelProviderFactory {

    /** The configuration's {@code type} for this provider. */
    public static final String TYPE = "mock";

    /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
    public MockProviderFactory() {
        // Nothing to set up: every provider it creates holds its own settings.
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * A mock provider with these settings. Does no I/O.
     *
     * @throws IllegalArgumentException when a setting is unknown or wrong; the message names the key
     */
    @Override
    public ModelProvider create(ProviderSettings settings) {
        return new MockProvider(MockSettings.from(settings));
    }
}
