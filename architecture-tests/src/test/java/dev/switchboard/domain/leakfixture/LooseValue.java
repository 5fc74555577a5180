package dev.switchboard.domain.leakfixture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A domain type with loose signatures and a mutable field: what the signature and immutability rules catch. */
public final class LooseValue {

    private final Map<String, Object> attributes = new HashMap<>();
    private String name = "";

    public Map<String, Object> attributes() {
        return Map.copyOf(attributes);
    }

    public void put(String key, Object value) {
        attributes.put(key, value);
    }

    public List<Object[]> rows() {
        return List.of();
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        name = newName;
    }

    /** Fine: a typed signature with a wildcard and a type variable. */
    public <T> List<? extends T> typed(Class<T> type, List<?> items) {
        return List.of();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LooseValue that && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }
}
