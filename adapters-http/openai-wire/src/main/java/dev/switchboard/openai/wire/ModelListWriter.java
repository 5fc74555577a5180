package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.normalize.ObjectType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code GET /models} answers: a list, or one model. The id is {@code provider/model} on the gateway's own
 * routes, where the client must name the provider, or the provider's own name on a {@code /{provider}/v1} route. A
 * model's display name, when its provider gives one, is added as {@code display_name}.
 */
public final class ModelListWriter {

    /** The field holding what Switchboard knows of a model besides the OpenAI fields. */
    public static final String EXTENSION = "switchboard";

    private ModelListWriter() {}

    /** A {@code list} object of models. */
    public static byte[] list(List<ModelDescriptor> models, boolean qualifiedIds) {
        return list(models, List.of(), qualifiedIds);
    }

    /**
     * A {@code list} object of models, then of routes (aliases and fallback chains), each route described with what
     * is known of its first target.
     */
    public static byte[] list(List<ModelDescriptor> models, List<Route> routes, boolean qualifiedIds) {
        ObjectNode node = WireJson.object().put("object", ObjectType.LIST.wire());
        ArrayNode data = node.putArray("data");
        models.forEach(model -> data.add(model(model, qualifiedIds)));
        Map<ModelRef, ModelDescriptor> byRef = byRef(models);
        routes.forEach(route -> data.add(route(route, byRef)));
        return WireJson.bytes(node);
    }

    /** One route as a {@code model} object, described with what {@code models} know of its first target. */
    public static byte[] route(Route route, List<ModelDescriptor> models) {
        return WireJson.bytes(route(route, byRef(models)));
    }

    /** One {@code model} object. */
    public static byte[] one(ModelDescriptor model, boolean qualifiedId) {
        return WireJson.bytes(model(model, qualifiedId));
    }

    private static ObjectNode model(ModelDescriptor model, boolean qualifiedId) {
        ObjectNode node = WireJson.object()
                .put("id", qualifiedId ? model.ref().qualified() : model.ref().model())
                .put("object", ObjectType.MODEL.wire())
                .put("created", model.created())
                .put("owned_by", model.ownedBy());
        if (model.displayName() != null) node.put("display_name", model.displayName());
        facts(node.putObject(EXTENSION), model);
        return node;
    }

    private static ObjectNode route(Route route, Map<ModelRef, ModelDescriptor> models) {
        ObjectNode node = WireJson.object()
                .put("id", route.name())
                .put("object", ObjectType.MODEL.wire())
                .put("created", route.updatedAt().getEpochSecond())
                .put("owned_by", "switchboard");
        ObjectNode extension = node.putObject(EXTENSION);
        ArrayNode targets = extension.putArray("targets");
        route.targets().forEach(target -> targets.add(target.model().qualified()));
        extension.put("balanced", route.balanced());
        ModelDescriptor first = models.get(route.targets().getFirst().model());
        if (first != null) facts(extension, first);
        return node;
    }

    /** What is known of the model, in the {@code switchboard} extension: unknown facts are left out. */
    private static void facts(ObjectNode extension, ModelDescriptor model) {
        ArrayNode capabilities = extension.putArray("capabilities");
        model.capabilities().stream()
                .sorted()
                .forEach(capability -> capabilities.add(capability.name().toLowerCase(Locale.ROOT)));
        if (model.contextWindow() != null) extension.put("context_window", model.contextWindow());
        if (model.maxOutputTokens() != null) extension.put("max_output_tokens", model.maxOutputTokens());
        if (model.dimensions() != null) extension.put("dimensions", model.dimensions());
    }

    private static Map<ModelRef, ModelDescriptor> byRef(List<ModelDescriptor> models) {
        var byRef = new HashMap<ModelRef, ModelDescriptor>();
        models.forEach(model -> byRef.putIfAbsent(model.ref(), model));
        return byRef;
    }
}
