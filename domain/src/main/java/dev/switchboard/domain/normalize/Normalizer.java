package dev.switchboard.domain.normalize;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Applies the normalization rules in order, so that every provider's answer looks like OpenAI's: ids
 * ({@link IdStyle}), timestamps ({@link CreatedTimestamp}), content ({@link MessageContent}) and usage
 * ({@link UsageDefaults}). Finish reasons are mapped by the adapters with {@link FinishReasons}, as they decode them.
 * Thread-safe when its {@code RandomGenerator} is.
 */
public final class Normalizer {

    private final Clock clock;
    private final RandomGenerator random;

    public Normalizer(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A request as every provider accepts it. */
    public ChatRequest request(ChatRequest request) {
        return request.withMessages(
                request.messages().stream().map(MessageContent::inRequest).toList());
    }

    /** A provider's chat answer in OpenAI's style. */
    public ChatResponse response(ChatResponse response, ChatRequest request) {
        var choices = response.choices().stream()
                .map(c -> new Choice(c.index(), MessageContent.inResponse(c.message()), c.finishReason(), c.logprobs()))
                .toList();
        String answered = choices.stream().map(c -> c.message().text()).collect(Collectors.joining());
        var usage = UsageDefaults.apply(response.usage(), promptText(request), answered);
        return new ChatResponse(
                chatId(response.id()),
                created(response.created()),
                response.model(),
                choices,
                usage,
                response.systemFingerprint());
    }

    /** A provider's legacy completion in OpenAI's style. */
    public CompletionResponse response(CompletionResponse response, CompletionRequest request) {
        String answered =
                response.choices().stream().map(CompletionResponse.Choice::text).collect(Collectors.joining());
        var usage = UsageDefaults.apply(response.usage(), String.join("\n", request.prompts()), answered);
        return new CompletionResponse(
                IdStyle.COMPLETION.apply(response.id(), random),
                created(response.created()),
                response.model(),
                response.choices(),
                usage);
    }

    public String chatId(@Nullable String upstream) {
        return IdStyle.CHAT.apply(upstream, random);
    }

    public String completionId(@Nullable String upstream) {
        return IdStyle.COMPLETION.apply(upstream, random);
    }

    public long created(long upstream) {
        return CreatedTimestamp.normalize(upstream, clock);
    }

    /** The request's text, for estimating usage when the provider reports none. */
    public static String promptText(ChatRequest request) {
        return request.messages().stream().map(Message::text).collect(Collectors.joining("\n"));
    }
}
