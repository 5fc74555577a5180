package dev.switchboard.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.NewProfile;
import dev.switchboard.application.ProfileChanges;
import dev.switchboard.domain.auth.Secret;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the admin API's request bodies. Each is a JSON object of known fields (an unknown one is refused, so that a
 * misspelt {@code wieght} is not silently ignored); every refusal names its field. Secrets are only ever read here,
 * never written: see {@link AdminViews} for the responses.
 */
final class AdminJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PROFILE_FIELDS = Set.of("name", "secret", "weight", "priority");

    private AdminJson() {}

    /** {@code {name, secret, weight?, priority?}}. */
    static NewProfile newProfile(byte[] body) {
        ObjectNode object = object(body, PROFILE_FIELDS);
        String name = text(object, "name");
        if (name == null) throw AdminFailures.invalid("name", "name is required");
        Secret secret = secret(object);
        if (secret == null) throw AdminFailures.invalid("secret", "secret is required");
        Integer weight = integer(object, "weight");
        Integer priority = integer(object, "priority");
        return new NewProfile(name, secret, weight == null ? 1 : weight, priority == null ? 0 : priority);
    }

    /** {@code {name?, secret?, weight?, priority?}}; a null value counts as absent. */
    static ProfileChanges changes(byte[] body) {
        ObjectNode object = object(body, PROFILE_FIELDS);
        return new ProfileChanges(
                text(object, "name"), secret(object), integer(object, "weight"), integer(object, "priority"));
    }

    /** {@code {reason?}}, or no body at all. */
    static @Nullable String reason(byte[] body) {
        if (isBlank(body)) return null;
        return text(object(body, Set.of("reason")), "reason");
    }

    /** {@code {model}}, the model a pull downloads. */
    static String model(byte[] body) {
        String model = text(object(body, Set.of("model")), "model");
        if (model == null || model.isBlank()) throw AdminFailures.invalid("model", "model is required");
        return model;
    }

    private static ObjectNode object(byte[] body, Set<String> fields) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw HttpFailure.invalidRequest(400, "The request body is not valid JSON.", null);
        }
        if (!(root instanceof ObjectNode object)) {
            throw HttpFailure.invalidRequest(400, "The request body must be a JSON object.", null);
        }
        for (var property : object.properties()) {
            String name = property.getKey();
            if (!fields.contains(name)) {
                throw AdminFailures.invalid(
                        name,
                        "unknown field '" + name + "'; expected "
                                + fields.stream().sorted().toList());
            }
        }
        return object;
    }

    private static @Nullable String text(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw AdminFailures.invalid(field, field + " must be a string");
        return value.textValue();
    }

    /** The secret, stripped of the whitespace a paste brings along; never echoed in a refusal. */
    private static @Nullable Secret secret(ObjectNode object) {
        String text = text(object, "secret");
        if (text == null) return null;
        if (text.isBlank()) throw AdminFailures.invalid("secret", "secret must not be empty");
        return Secret.of(text.strip());
    }

    private static @Nullable Integer integer(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw AdminFailures.invalid(field, field + " must be a whole number");
        }
        return value.intValue();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) return false;
        }
        return true;
    }
}
