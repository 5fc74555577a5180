package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Static factories for the mock's tests. */
final class MockSetup {

    private MockSetup() {}

    /** A mock with default settings. */
    static ModelProvider provider() {
        return provider(Map.of());
    }

    /** A mock with string settings, given as key, value, key, value, ... */
    static ModelProvider provider(String... keysAndValues) {
        return provider(stringSettings(keysAndValues));
    }

    static ModelProvider provider(Map<String, JsonValue> values) {
        return new MockProviderFactory().create(settings(values));
    }

    static ProviderSettings settings(Map<String, JsonValue> values) {
        return ProviderSettings.of("mock", "mock", values);
    }

    static Map<String, JsonValue> stringSettings(String... keysAndValues) {
        var values = new LinkedHashMap<String, JsonValue>();
        for (int i = 0; i < keysAndValues.length; i += 2)
            values.put(keysAndValues[i], JsonValue.of(keysAndValues[i + 1]));
        return values;
    }

    static JsonValue list(String... items) {
        return new JsonValue.Arr(List.of(items).stream()
                .map(JsonValue::of)
                .map(JsonValue.class::cast)
                .toList());
    }

    static CallContext context() {
        return context(Duration.ofSeconds(30));
    }

    static CallContext context(Duration timeout) {
        return new CallContext(Credential.anonymous(), "test-request", timeout);
    }

    /** Every event of the stream, closing it. */
    static List<ChatEvent> drain(ChatStream stream) {
        try (stream) {
            var events = new ArrayList<ChatEvent>();
            stream.forEach(events::add);
            return events;
        }
    }
}
