package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code providers} list. An entry with a problem is left out of {@link #providers()}, but its id still
 * counts as {@link #declared()}, so an alias that points at it is not reported a second time.
 */
final class ProviderEntries {

    private final List<ProviderConfig> providers = new ArrayList<>();
    private final Set<ProviderId> declared = new LinkedHashSet<>();

    private ProviderEntries() {}

    /** Reads every entry; a list with no entries gives the built-in {@link ProviderConfig#mock()}. */
    static ProviderEntries read(List<Node> entries) {
        var result = new ProviderEntries();
        for (Node entry : entries) result.add(entry);
        if (entries.isEmpty()) {
            result.providers.add(ProviderConfig.mock());
            result.declared.add(ProviderConfig.mock().id());
        }
        return result;
    }

    List<ProviderConfig> providers() {
        return providers;
    }

    Set<ProviderId> declared() {
        return declared;
    }

    private void add(Node entry) {
        Optional<ProviderId> id = id(entry);
        Optional<String> type = entry.requiredText("type").filter(t -> {
            if (ProviderConfig.TYPES.contains(t)) return true;
            entry.report("type", "must be one of " + String.join(", ", ProviderConfig.TYPES));
            return false;
        });
        List<KeyConfig> keys = keys(entry);
        Map<String, JsonValue> settings = entry.rest();
        Optional.ofNullable(settings.get("base_url"))
                .flatMap(url -> Scalars.text(url, entry.pathOf("base_url"), entry.problems()))
                .filter(url -> !isHttpUrl(url))
                .ifPresent(url -> entry.report("base_url", "must be an http or https URL"));
        if (id.isPresent() && type.isPresent()) providers.add(new ProviderConfig(id.get(), type.get(), keys, settings));
    }

    private Optional<ProviderId> id(Node entry) {
        Optional<String> id = entry.requiredText("id");
        if (id.isPresent() && !ProviderId.isValid(id.get())) {
            entry.report("id", "must be 1-64 lower-case letters, digits, - or _, starting with a letter or digit");
            return Optional.empty();
        }
        if (id.isPresent() && !declared.add(ProviderId.of(id.get()))) {
            entry.report("id", "duplicate provider id " + id.get());
            return Optional.empty();
        }
        return id.map(ProviderId::of);
    }

    private static List<KeyConfig> keys(Node entry) {
        var names = new HashSet<String>();
        var keys = new ArrayList<KeyConfig>();
        for (Node key : entry.nodes("api_keys")) {
            Optional<String> name = key.requiredText("name").filter(n -> {
                if (n.length() <= KeyConfig.MAX_NAME_LENGTH) return true;
                key.report("name", "must be at most " + KeyConfig.MAX_NAME_LENGTH + " characters");
                return false;
            });
            Optional<Secret> value = key.requiredText("value").map(Secret::of);
            int weight = (int) key.whole("weight", 1, 1, AuthProfile.MAX_WEIGHT);
            int priority = (int) key.whole("priority", 0, 0, AuthProfile.MAX_PRIORITY);
            key.rejectUnknown();
            if (name.isPresent() && !names.add(name.get())) key.report("name", "duplicate key name " + name.get());
            else if (name.isPresent() && value.isPresent()) {
                keys.add(new KeyConfig(name.get(), value.get(), weight, priority));
            }
        }
        return keys;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
