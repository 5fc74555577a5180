package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.bedrock.model.FoundationModelSummary;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileModel;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileSummary;

/**
 * Bedrock's model list as descriptors
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListFoundationModels.html">ListFoundationModels</a>,
 * <a href="https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListInferenceProfiles.html">ListInferenceProfiles</a>).
 * A foundation model is listed when it can be called on demand by its own id; newer models can only be called through
 * an inference profile ({@code us.anthropic.claude-...}), which is listed with the capabilities of its model. Text
 * output is chat, embedding output embeddings, image input vision; streaming as the model reports it. Tool use and
 * extended thinking are added for the families Converse documents them for (Anthropic Claude, Amazon Nova).
 */
final class BedrockModels {

    private BedrockModels() {}

    static List<ModelDescriptor> describe(
            ProviderId provider, List<FoundationModelSummary> models, List<InferenceProfileSummary> profiles) {
        var byId = new HashMap<String, FoundationModelSummary>();
        var described = new ArrayList<ModelDescriptor>();
        for (FoundationModelSummary model : models) {
            byId.put(model.modelId(), model);
            if (model.inferenceTypesSupportedAsStrings().contains("ON_DEMAND")) {
                described.add(descriptor(provider, model.modelId(), model, model.modelName()));
            }
        }
        for (InferenceProfileSummary profile : profiles) {
            FoundationModelSummary model = underlying(profile, byId);
            if (model != null && !"DISABLED".equals(profile.statusAsString())) {
                described.add(
                        descriptor(provider, profile.inferenceProfileId(), model, profile.inferenceProfileName()));
            }
        }
        return described;
    }

    private static ModelDescriptor descriptor(
            ProviderId provider,
            String id,
            FoundationModelSummary model,
            @org.jspecify.annotations.Nullable String name) {
        return new ModelDescriptor(
                new ModelRef(provider, id),
                0,
                model.providerName() == null ? "bedrock" : model.providerName().toLowerCase(Locale.ROOT),
                capabilities(model),
                null,
                null,
                name);
    }

    private static Set<Capability> capabilities(FoundationModelSummary model) {
        var capabilities = EnumSet.noneOf(Capability.class);
        List<String> output = model.outputModalitiesAsStrings();
        if (output.contains("EMBEDDING")) capabilities.add(Capability.EMBEDDINGS);
        if (output.contains("TEXT")) {
            capabilities.add(Capability.CHAT);
            if (Boolean.TRUE.equals(model.responseStreamingSupported())) capabilities.add(Capability.STREAMING);
            if (model.inputModalitiesAsStrings().contains("IMAGE")) capabilities.add(Capability.VISION);
            String id = model.modelId();
            if (id.startsWith("anthropic.claude-3")
                    || id.matches("anthropic\\.claude-(sonnet|opus|haiku)-.*")
                    || id.startsWith("amazon.nova")) {
                capabilities.add(Capability.TOOLS);
            }
            if (id.startsWith("anthropic.claude-3-7") || id.matches("anthropic\\.claude-(sonnet|opus|haiku)-4.*")) {
                capabilities.add(Capability.REASONING);
            }
        }
        return capabilities;
    }

    /** The first model of the profile, by the id at the end of its ARN ({@code .../foundation-model/<id>}). */
    private static @org.jspecify.annotations.Nullable FoundationModelSummary underlying(
            InferenceProfileSummary profile, Map<String, FoundationModelSummary> byId) {
        for (InferenceProfileModel model : profile.models()) {
            String arn = model.modelArn();
            if (arn == null) continue;
            FoundationModelSummary found = byId.get(arn.substring(arn.lastIndexOf('/') + 1));
            if (found != null) return found;
        }
        return null;
    }
}
