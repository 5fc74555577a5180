package dev.switchboard.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.CatalogEntry;
import dev.switchboard.application.ProviderStatus;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.model.ModelDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes the operations part of the admin API: provider status, the catalogue with every model's facts, and routes.
 * Field names are snake case, instants ISO-8601 UTC, unknown facts null.
 */
final class OperationsViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OperationsViews() {}

    static byte[] providers(List<ProviderStatus> providers) {
        ObjectNode root = list();
        ArrayNode data = root.withArray("data");
        for (ProviderStatus status : providers) {
            ObjectNode node = data.addObject().put("id", status.id().value()).put("type", status.type());
            node.putObject("health")
                    .put("up", status.healthy())
                    .put("detail", status.healthDetail())
                    .put("checked_at", status.checkedAt().toString())
                    .put("latency_ms", status.checkLatency().toMillis());
            ArrayNode circuits = node.putArray("circuits");
            status.circuits()
                    .forEach(c -> circuits.addObject()
                            .put("model", c.model())
                            .put("state", c.state())
                            .put("failure_rate", c.failureRate())
                            .put("calls", c.calls())
                            .put("refused", c.refused()));
            node.putObject("concurrency").put("max", status.maxConcurrent()).put("in_flight", status.inFlight());
            node.set("catalogue", catalogueState(status.catalogue()));
        }
        return bytes(root);
    }

    static byte[] catalogue(List<CatalogEntry> entries) {
        ObjectNode root = list();
        ArrayNode data = root.withArray("data");
        for (CatalogEntry entry : entries) {
            ObjectNode node = catalogueState(entry);
            node.put("provider", entry.provider().value());
            ArrayNode models = node.putArray("models");
            entry.models().forEach(model -> model(models.addObject(), model));
            data.add(node);
        }
        return bytes(root);
    }

    static byte[] routes(List<Route> routes) {
        ObjectNode root = list();
        ArrayNode data = root.withArray("data");
        routes.forEach(route -> data.add(routeNode(route)));
        return bytes(root);
    }

    static byte[] route(Route route) {
        return bytes(routeNode(route));
    }

    private static ObjectNode routeNode(Route route) {
        ObjectNode node = JSON.createObjectNode()
                .put("name", route.name())
                .put("balanced", route.balanced())
                .put("origin", route.origin().name().toLowerCase(Locale.ROOT))
                .put("updated_at", route.updatedAt().toString());
        ArrayNode targets = node.putArray("targets");
        route.targets()
                .forEach(t ->
                        targets.addObject().put("model", t.model().qualified()).put("weight", t.weight()));
        return node;
    }

    private static ObjectNode catalogueState(CatalogEntry entry) {
        return JSON.createObjectNode()
                .put("source", entry.source().name().toLowerCase(Locale.ROOT))
                .put("models_count", entry.models().size())
                .put("fetched_at", text(entry.fetchedAt()))
                .put("error", entry.error())
                .put("failed_at", text(entry.failedAt()));
    }

    private static void model(ObjectNode node, ModelDescriptor model) {
        node.put("id", model.ref().qualified())
                .put("created", model.created())
                .put("owned_by", model.ownedBy())
                .put("display_name", model.displayName())
                .put("context_window", model.contextWindow())
                .put("max_output_tokens", model.maxOutputTokens())
                .put("dimensions", model.dimensions());
        ArrayNode capabilities = node.putArray("capabilities");
        model.capabilities().stream()
                .sorted()
                .forEach(c -> capabilities.add(c.name().toLowerCase(Locale.ROOT)));
        node.put("capabilities_known", model.capabilitiesKnown());
    }

    private static ObjectNode list() {
        ObjectNode root = JSON.createObjectNode().put("object", "list");
        root.putArray("data");
        return root;
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialize", e);
        }
    }
}
