package dev.switchboard.adapters.providers.anthropic;

import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.SseChatStream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.TokenCounter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Anthropic's Messages API: map with {@link AnthropicMapper}, send with {@link AnthropicClient}, map back. It remembers
 * each model's output limit from the model list, for requests that set none. Thread-safe; one instance serves many
 * concurrent calls.
 */
final class AnthropicProvider implements ModelProvider, TokenCounter {

    /** Pages of the model list read at most, so that an upstream that always says "more" cannot hold a call. */
    private static final int MAX_PAGES = 20;

    private final AnthropicSettings settings;
    private final AnthropicClient client;
    private final Map<String, Integer> outputLimits = new ConcurrentHashMap<>();

    AnthropicProvider(AnthropicSettings settings) {
        this.settings = settings;
        this.client = new AnthropicClient(settings);
    }

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        var models = new ArrayList<ModelDescriptor>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String query = after == null ? "" : "&after_id=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
            var read = AnthropicModels.read(client.get("/v1/models?limit=1000" + query, context), settings.id());
            models.addAll(read.models());
            if (read.lastId() == null || read.lastId().equals(after)) break;
            after = read.lastId();
        }
        models.forEach(model -> {
            if (model.maxOutputTokens() != null) outputLimits.put(model.ref().model(), model.maxOutputTokens());
        });
        return models;
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        var body = AnthropicMapper.body(request, fallbackMaxTokens(request), false);
        byte[] answer = client.post("/v1/messages", body, AnthropicMapper.betas(request), context);
        return AnthropicResponses.read(answer, AnthropicMapper.answersWithJson(request));
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        var body = AnthropicMapper.body(request, fallbackMaxTokens(request), true);
        var events = client.stream(body, AnthropicMapper.betas(request), context);
        return new SseChatStream(events, new AnthropicStreamDecoder(AnthropicMapper.answersWithJson(request)));
    }

    @Override
    public int countTokens(ChatRequest request, CallContext context) {
        var body = AnthropicMapper.countBody(request, fallbackMaxTokens(request));
        byte[] answer = client.post("/v1/messages/count_tokens", body, AnthropicMapper.betas(request), context);
        var count = ProviderJson.tree(answer, "token count").path("input_tokens");
        if (!count.canConvertToInt()) throw AnthropicResponses.malformed("input_tokens must be a number");
        return count.intValue();
    }

    @Override
    public Optional<TokenCounter> tokenCounter() {
        return Optional.of(this);
    }

    /** Up when {@code GET /v1/models} answers 2xx with this credential; never throws for an upstream failure. */
    @Override
    public Health health(CallContext context) {
        long start = System.nanoTime();
        try {
            client.get("/v1/models?limit=1", context);
            return Health.up("the model list answered", Duration.ofNanos(System.nanoTime() - start));
        } catch (ProviderException e) {
            return Health.down(e.failure().message(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private int fallbackMaxTokens(ChatRequest request) {
        if (settings.defaultMaxTokens() != null) return settings.defaultMaxTokens();
        return outputLimits.getOrDefault(request.model(), AnthropicThinking.DEFAULT_MAX_TOKENS);
    }
}
