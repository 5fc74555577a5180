package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads an OpenAI-family server's {@code GET /models} list into descriptors of the given provider. */
public final class ModelListReader {

    private ModelListReader() {}

    /**
     * The listed models; {@code created} is 0 and the owner is the provider's id when the server does not say.
     *
     * @throws WireFormatException when the body is not JSON or a known field has the wrong type
     */
    public static List<ModelDescriptor> read(byte[] body, ProviderId provider) {
        WireObject list = new WireObject(WireJson.parseObject(body, "response body"), "");
        ArrayNode data = list.requiredArray("data");
        var models = new ArrayList<ModelDescriptor>(data.size());
        for (int i = 0; i < data.size(); i++) {
            WireObject model = WireObject.of(data.get(i), "data[" + i + "]");
            String id = model.requiredString("id");
            Long created = model.optionalLong("created");
            String owner = model.optionalString("owned_by");
            models.add(WireObject.construct(
                    model.path(),
                    () -> new ModelDescriptor(
                            new ModelRef(provider, id),
                            created == null || created < 0 ? 0 : created,
                            owner == null ? provider.value() : owner,
                            Set.of(),
                            null,
                            null)));
        }
        return models;
    }
}
