package dev.switchboard.bootstrap.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what is wrong with the configuration, so that start-up reports every problem at once. A problem is
 * labelled with its key's path; a key set by an environment variable is labelled with that variable too.
 * Messages must never hold a configured value, since that value may be a secret.
 */
final class Problems {

    private final List<String> messages = new ArrayList<>();
    private final Set<String> failedPaths = new HashSet<>();
    private final Map<String, String> origins = new LinkedHashMap<>();

    /** Records a problem at {@code path} (a key such as {@code providers[0].type}, or a variable's name). */
    void add(String path, String message) {
        failedPaths.add(path);
        messages.add(label(path) + ": " + message);
    }

    /** Records a problem that belongs to no key, written as a whole sentence. */
    void add(String sentence) {
        messages.add(sentence);
    }

    /** Records a problem unless {@code path} already has one, so one mistake is not reported twice. */
    void addOnce(String path, String message) {
        if (!failedPaths.contains(path)) add(path, message);
    }

    /** Notes that the value at {@code path} (and below) came from the environment variable {@code variable}. */
    void origin(String path, String variable) {
        origins.put(path, variable);
    }

    /** Throws the collected problems, if there are any. */
    void throwIfAny() {
        if (!messages.isEmpty()) throw new ConfigException(messages);
    }

    private String label(String path) {
        for (var origin : origins.entrySet()) {
            String root = origin.getKey();
            if (path.equals(root) || path.startsWith(root + "[") || path.startsWith(root + ".")) {
                return origin.getValue() + " (" + path + ")";
            }
        }
        return path;
    }
}
