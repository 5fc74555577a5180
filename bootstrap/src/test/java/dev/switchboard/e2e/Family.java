package dev.switchboard.e2e;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The four OpenAI-family provider types as the end-to-end configuration sets them up against {@link UpstreamStub}:
 * the provider id (the type itself), where the stub serves it, its key and the models it is asked for.
 */
enum Family {
    OPENAI("openai", "/openai/v1", "gpt-4o-mini", "gpt-3.5-turbo-instruct", "text-embedding-3-small", "whisper-1"),
    AZURE("azure", "/azure/openai", "gpt-4o", "gpt-35-turbo-instruct", "text-embedding-3-large", "whisper"),
    CEREBRAS("cerebras", "/cerebras/v1", "gpt-oss-120b", "llama3.1-8b", null, null),
    COMPATIBLE("openai-compatible", "/compat/v1", "qwen2.5-7b-instruct", "qwen2.5-7b", "bge-m3", "whisper-large-v3");

    /** Azure's deployments: the configuration maps each model to one, and the stub expects it in the URL. */
    static final Map<String, String> AZURE_DEPLOYMENTS = Map.of(
            "gpt-4o", "chat-prod",
            "gpt-35-turbo-instruct", "instruct-prod",
            "text-embedding-3-large", "embed-prod",
            "whisper", "whisper-prod");

    static final String AZURE_API_VERSION = "2024-10-21";
    static final String OPENAI_ORGANIZATION = "org-e2e";
    static final String OPENAI_PROJECT = "proj_e2e";

    private final String type;
    private final String stubPath;
    private final String chatModel;
    private final String completionModel;
    private final @Nullable String embeddingModel;
    private final @Nullable String transcriptionModel;

    Family(
            String type,
            String stubPath,
            String chatModel,
            String completionModel,
            @Nullable String embeddingModel,
            @Nullable String transcriptionModel) {
        this.type = type;
        this.stubPath = stubPath;
        this.chatModel = chatModel;
        this.completionModel = completionModel;
        this.embeddingModel = embeddingModel;
        this.transcriptionModel = transcriptionModel;
    }

    static java.util.stream.Stream<Family> stream() {
        return java.util.Arrays.stream(values());
    }

    /** The configuration's {@code type}, which is also the provider's id. */
    String type() {
        return type;
    }

    /** The path under which the stub serves this family; the base URL below the stub's root. */
    String stubPath() {
        return stubPath;
    }

    /** The upstream key the gateway holds for this provider; the stub accepts no other. */
    String upstreamKey() {
        return "upstream-key-for-" + type;
    }

    /** The environment variable that carries {@link #upstreamKey()} into the configuration. */
    String keyVariable() {
        return "E2E_" + name() + "_KEY";
    }

    String chatModel() {
        return chatModel;
    }

    String completionModel() {
        return completionModel;
    }

    String embeddingModel() {
        if (embeddingModel == null) throw new IllegalStateException(type + " has no embeddings");
        return embeddingModel;
    }

    String transcriptionModel() {
        if (transcriptionModel == null) throw new IllegalStateException(type + " has no transcriptions");
        return transcriptionModel;
    }

    /** The model ids the provider lists: its upstream's list, or for Azure the configured deployments. */
    List<String> listedModels() {
        return java.util.stream.Stream.of(chatModel, completionModel, embeddingModel, transcriptionModel)
                .filter(java.util.Objects::nonNull)
                .map(String.class::cast)
                .toList();
    }

    /** The {@code model} the upstream names in its answers: Azure names the model behind the deployment. */
    String answeringModel(String requested) {
        return this == AZURE ? requested + "-2024-11-20" : requested;
    }

    /** Whether the type offers audio transcriptions (Cerebras does not). */
    boolean transcribes() {
        return transcriptionModel != null;
    }

    /** Whether the type offers embeddings (Cerebras does not). */
    boolean embeds() {
        return embeddingModel != null;
    }
}
