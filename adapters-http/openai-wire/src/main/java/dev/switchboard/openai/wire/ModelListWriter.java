package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.normalize.ObjectType;
import java.util.List;

/**
 * Writes {@code GET /models} answers: a list, or one model. The id is {@code provider/model} on the gateway's own
 * routes, where the client must name the provider, or the provider's own name on a {@code /{provider}/v1} route. A
 * model's display name, when its provider gives one, is added as {@code display_name}.
 */
public final class ModelListWriter {

    private ModelListWriter() {}

    /** A {@code list} object of models. */
    public static byte[] list(List<ModelDescriptor> models, boolean qualifiedIds) {
        ObjectNode node = WireJson.object().put("object", ObjectType.LIST.wire());
        ArrayNode data = node.putArray("data");
        models.forEach(model -> data.add(model(model, qualifiedIds)));
        return WireJson.bytes(node);
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
        return node;
    }
}
