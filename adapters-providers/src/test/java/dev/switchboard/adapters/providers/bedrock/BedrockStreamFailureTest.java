package dev.switchboard.adapters.providers.bedrock;

import static dev.switchboard.adapters.providers.bedrock.BedrockWire.event;
import static dev.switchboard.adapters.providers.bedrock.BedrockWire.exception;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streams that fail: before the first event, with an exception event inside, or cut off. */
class BedrockStreamFailureTest {

    private static final String P = ",\"p\":\"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ\"";

    private final StubUpstream stub = StubUpstream.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void an_in_stream_throttling_exception_fails_the_read_after_the_events_before_it() {
        stub.on(
                BedrockWire.CONVERSE_STREAM,
                BedrockWire.stream(List.of(
                        event("messageStart", "{\"role\":\"assistant\"}"),
                        event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hel\"}}"),
                        exception("throttlingException", "Too many tokens, please wait before trying again."))));

        var seen = new ArrayList<ChatEvent>();
        try (var stream = BedrockWire.provider(stub).stream(request(), BedrockWire.withKeys())) {
            assertThatThrownBy(() -> stream.forEach(seen::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.RateLimited(
                                            "Too many tokens, please wait before trying again.", null)));
        }
        assertThat(seen)
                .containsExactly(new ChatEvent.Started("", BedrockWire.MODEL), new ChatEvent.TextDelta(0, "Hel"));
    }

    @Test
    void a_model_stream_error_inside_the_stream_is_the_model_failing() {
        stub.on(
                BedrockWire.CONVERSE_STREAM,
                BedrockWire.stream(List.of(
                        event("messageStart", "{\"role\":\"assistant\"}"),
                        exception("modelStreamErrorException", "The model failed."))));

        assertThatThrownBy(this::drain)
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(
                                        new ProviderFailure.Unavailable(502, "the model failed: The model failed.")));
    }

    @Test
    void a_stream_cut_before_message_stop_is_a_network_failure_not_a_clean_end() {
        stub.on(
                BedrockWire.CONVERSE_STREAM,
                BedrockWire.stream(List.of(
                        event("messageStart", "{\"role\":\"assistant\"}"),
                        event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hel\"}}"))));

        assertThatThrownBy(this::drain)
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
    }

    @Test
    void an_error_before_the_stream_starts_is_thrown_by_stream_itself_for_failover() {
        stub.on(
                BedrockWire.CONVERSE_STREAM,
                BedrockWire.error(429, "ThrottlingException", "Too many requests, please wait before trying again."));

        assertThatThrownBy(() -> BedrockWire.provider(stub).stream(request(), BedrockWire.withKeys()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.RateLimited.class));
    }

    private List<ChatEvent> drain() {
        return dev.switchboard.adapters.providers.testing.Contexts.drain(
                BedrockWire.provider(stub).stream(request(), BedrockWire.withKeys()));
    }

    private static ChatRequest request() {
        return ChatRequest.of(BedrockWire.MODEL, Message.user("What's the weather in Paris?"));
    }
}
