package dev.switchboard.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.ProfileView;
import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.rotation.LastError;
import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.rotation.RotationState;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the admin API's responses: profiles with their live state, and audit entries. A profile's secret never
 * appears, only its fingerprint; field names are snake case and instants ISO-8601 UTC.
 */
final class AdminViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminViews() {}

    static byte[] profile(ProfileView view) {
        return bytes(profileNode(view));
    }

    /** {@code {"object":"list","data":[profile...]}}. */
    static byte[] profiles(List<ProfileView> views) {
        return bytes(list(views, (array, view) -> array.add(profileNode(view))));
    }

    /** {@code {"object":"list","data":[{at, actor, action, target, detail}...]}}, newest first. */
    static byte[] audit(List<AuditEntry> entries) {
        return bytes(list(
                entries,
                (array, entry) -> array.addObject()
                        .put("at", entry.at().toString())
                        .put("actor", entry.actor())
                        .put("action", entry.action())
                        .put("target", entry.target())
                        .put("detail", entry.detail())));
    }

    private static ObjectNode profileNode(ProfileView view) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", view.id().value())
                .put("provider", view.provider().value())
                .put("name", view.name())
                .put("fingerprint", view.fingerprint())
                .put("weight", view.weight())
                .put("priority", view.priority())
                .put("created_at", view.createdAt().toString());
        node.set("state", state(view.state()));
        return node;
    }

    /** {@code {status, until?, reason?, since?, consecutive_failures, last_used, last_success, last_error}}. */
    private static ObjectNode state(RotationState state) {
        ObjectNode node = JSON.createObjectNode();
        switch (state.status()) {
            case ProfileStatus.Active _ -> node.put("status", "active");
            case ProfileStatus.CoolingDown cooling ->
                node.put("status", "cooling_down")
                        .put("until", cooling.until().toString())
                        .put("reason", cooling.reason());
            case ProfileStatus.Disabled disabled ->
                node.put("status", "disabled")
                        .put("reason", disabled.reason())
                        .put("since", disabled.since().toString());
        }
        node.put("consecutive_failures", state.consecutiveFailures())
                .put("last_used", text(state.lastUsed()))
                .put("last_success", text(state.lastSuccess()));
        LastError error = state.lastError();
        if (error == null) {
            node.putNull("last_error");
        } else {
            node.putObject("last_error")
                    .put("kind", error.kind())
                    .put("status", error.status())
                    .put("at", error.at().toString());
        }
        return node;
    }

    private static <T> ObjectNode list(List<T> items, BiConsumer<ArrayNode, T> write) {
        ObjectNode root = JSON.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        items.forEach(item -> write.accept(data, item));
        return root;
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
