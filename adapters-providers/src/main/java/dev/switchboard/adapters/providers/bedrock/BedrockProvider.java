package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrock.model.InferenceProfileSummary;
import software.amazon.awssdk.services.bedrock.model.ListInferenceProfilesResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;

/**
 * AWS Bedrock: map with {@link BedrockMapper}, call through the SDK clients of {@link BedrockClients}, map back. Every
 * SDK exception becomes a {@link ProviderException} through {@link BedrockErrors}. Thread-safe; one instance serves
 * many concurrent calls.
 */
final class BedrockProvider implements ModelProvider {

    /** Pages of inference profiles read at most, so that an upstream that always says "more" cannot hold a call. */
    private static final int MAX_PAGES = 20;

    private final BedrockSettings settings;
    private final BedrockClients clients;

    BedrockProvider(BedrockSettings settings) {
        this.settings = settings;
        this.clients = new BedrockClients(settings);
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        var parts = BedrockMapper.parts(request);
        var converse = ConverseRequest.builder()
                .modelId(request.model())
                .messages(parts.conversation().messages())
                .system(
                        parts.conversation().system().isEmpty()
                                ? null
                                : parts.conversation().system())
                .inferenceConfig(parts.inference())
                .toolConfig(parts.tools())
                .additionalModelRequestFields(parts.additionalFields())
                .overrideConfiguration(BedrockClients.override(context, true))
                .build();
        return BedrockResponses.read(call(() -> clients.runtime(context).converse(converse)), request.model());
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        var parts = BedrockMapper.parts(request);
        var converse = ConverseStreamRequest.builder()
                .modelId(request.model())
                .messages(parts.conversation().messages())
                .system(
                        parts.conversation().system().isEmpty()
                                ? null
                                : parts.conversation().system())
                .inferenceConfig(parts.inference())
                .toolConfig(parts.tools())
                .additionalModelRequestFields(parts.additionalFields())
                .overrideConfiguration(BedrockClients.override(context, false))
                .build();
        return call(() -> BedrockChatStream.open(
                handler -> clients.streaming(context).converseStream(converse, handler),
                request.model(),
                context.timeout()));
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
        return BedrockEmbeddings.embed(request, body -> {
            InvokeModelResponse answer = call(() -> clients.runtime(context)
                    .invokeModel(invoke -> invoke.modelId(request.model())
                            .contentType("application/json")
                            .accept("application/json")
                            .body(SdkBytes.fromByteArray(body))
                            .overrideConfiguration(BedrockClients.override(context, true))));
            int tokens = answer.sdkHttpResponse()
                    .firstMatchingHeader("X-Amzn-Bedrock-Input-Token-Count")
                    .map(BedrockProvider::count)
                    .orElse(0);
            return new BedrockEmbeddings.Answer(answer.body().asByteArray(), tokens);
        });
    }

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        var override = BedrockClients.override(context, true);
        var models =
                call(() -> clients.control(context).listFoundationModels(list -> list.overrideConfiguration(override)));
        return BedrockModels.describe(settings.id(), models.modelSummaries(), profiles(context));
    }

    /** Inference profiles, all pages; none when the credential may list foundation models but not profiles. */
    private List<InferenceProfileSummary> profiles(CallContext context) {
        var override = BedrockClients.override(context, true);
        var profiles = new ArrayList<InferenceProfileSummary>();
        String next = null;
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                String token = next;
                ListInferenceProfilesResponse answer = call(() -> clients.control(context)
                        .listInferenceProfiles(
                                list -> list.maxResults(1000).nextToken(token).overrideConfiguration(override)));
                profiles.addAll(answer.inferenceProfileSummaries());
                next = answer.nextToken();
                if (next == null || next.isEmpty()) break;
            }
        } catch (ProviderException e) {
            if (!(e.failure() instanceof ProviderFailure.Forbidden)) throw e;
        }
        return profiles;
    }

    /** Up when the foundation model list is readable with this credential; never throws for an upstream failure. */
    @Override
    public Health health(CallContext context) {
        long start = System.nanoTime();
        try {
            var override = BedrockClients.override(context, true);
            call(() -> clients.control(context).listFoundationModels(list -> list.overrideConfiguration(override)));
            return Health.up("the foundation model list answered", Duration.ofNanos(System.nanoTime() - start));
        } catch (ProviderException e) {
            return Health.down(e.failure().message(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Runs one SDK call; its exceptions become the domain's. */
    private static <T> T call(Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw BedrockErrors.of(e);
        }
    }

    private static int count(String header) {
        try {
            return Math.max(0, Integer.parseInt(header.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
