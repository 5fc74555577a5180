package dev.switchboard.adapters.providers.testing;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Call contexts, settings and stream helpers for the provider tests. */
public final class Contexts {

    public static final String KEY = "sk-test-0123456789abcdef";
    public static final String REQUEST_ID = "req-42";

    private Contexts() {}

    /** A call with the test key, request id {@value #REQUEST_ID} and a 10 s timeout. */
    public static CallContext withKey() {
        return new CallContext(Credential.apiKey("main", KEY), REQUEST_ID, Duration.ofSeconds(10));
    }

    public static CallContext withKey(Duration timeout) {
        return new CallContext(Credential.apiKey("main", KEY), REQUEST_ID, timeout);
    }

    public static CallContext anonymous() {
        return new CallContext(Credential.anonymous(), REQUEST_ID, Duration.ofSeconds(10));
    }

    /** Settings from name, value, ... pairs; values are strings unless already a {@link JsonValue}. */
    public static ProviderSettings settings(String id, String type, Object... keysAndValues) {
        var values = new LinkedHashMap<String, JsonValue>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            values.put(
                    (String) keysAndValues[i], value instanceof JsonValue json ? json : JsonValue.of((String) value));
        }
        return ProviderSettings.of(id, type, values);
    }

    /** A JSON object of string values, from name, value, ... pairs. */
    public static JsonValue map(String... keysAndValues) {
        var fields = new LinkedHashMap<String, JsonValue>();
        for (int i = 0; i < keysAndValues.length; i += 2)
            fields.put(keysAndValues[i], JsonValue.of(keysAndValues[i + 1]));
        return new JsonValue.Obj(fields);
    }

    /** Every event of the stream, closing it. */
    public static List<ChatEvent> drain(ChatStream stream) {
        try (stream) {
            var events = new ArrayList<ChatEvent>();
            stream.forEach(events::add);
            return events;
        }
    }

    public static Map<String, String> none() {
        return Map.of();
    }
}
