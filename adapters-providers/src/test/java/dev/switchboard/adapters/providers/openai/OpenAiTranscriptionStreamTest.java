package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.map;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.MultipartParts;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionEvent.Done;
import dev.switchboard.domain.audio.TranscriptionEvent.TextDelta;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.audio.TranscriptionUsage;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Streamed transcriptions ({@code stream=true}) of the OpenAI family against a loopback upstream; the replayed stream
 * follows the example of OpenAI's API reference (openai-openapi, {@code createTranscription}, streaming).
 */
class OpenAiTranscriptionStreamTest {

    private static final String PATH = "/v1/audio/transcriptions";
    private static final TranscriptionUsage USAGE = new TranscriptionUsage(14, 0, 14, 45, 59);
    private static final List<TranscriptionEvent> SKIES = List.of(
            new TextDelta("I"),
            new TextDelta(" see"),
            new TextDelta(" skies"),
            new TextDelta("."),
            new Done("I see skies.", USAGE));

    private StubUpstream stub;
    private ModelProvider openai;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        openai = new OpenAiProviderFactory()
                .create(settings(
                        "openai", "openai", "base_url", stub.base("/v1").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void sends_stream_true_in_the_form_and_asks_for_events() {
        stub.on(PATH, sse(resource("openai/streams/transcription.sse")));
        var request = new TranscriptionRequest(
                "gpt-4o-transcribe", new byte[] {1, 2}, "a.mp3", "en", "Names", "json", 0.1, List.of());

        drain(openai, request);

        var parts = MultipartParts.parse(
                stub.last().header("Content-Type"), stub.last().body());
        assertThat(parts)
                .extracting(MultipartParts.Part::name)
                .containsExactly("file", "model", "language", "prompt", "response_format", "temperature", "stream");
        var fields = MultipartParts.byName(parts);
        assertThat(fields.get("stream").text()).isEqualTo("true");
        assertThat(fields.get("model").text()).isEqualTo("gpt-4o-transcribe");
        assertThat(fields.get("file").content()).containsExactly(1, 2);
        assertThat(stub.last().header("Accept")).isEqualTo("text/event-stream");
        assertThat(stub.last().header("Authorization"))
                .isEqualTo("Bearer " + dev.switchboard.adapters.providers.testing.Contexts.KEY);
    }

    @Test
    void replays_the_deltas_then_done_with_its_usage() {
        stub.on(PATH, sse(resource("openai/streams/transcription.sse")));

        assertThat(drain(openai, audio("gpt-4o-transcribe"))).containsExactlyElementsOf(SKIES);
    }

    @Test
    void hands_on_the_first_delta_before_the_upstream_sends_the_next() {
        var gate = new CountDownLatch(1);
        var released = new ArrayList<Boolean>();
        var upstream = Replies.events("openai/streams/transcription.sse");
        stub.on(
                PATH,
                Replies.paced(
                        List.of(upstream.getFirst(), String.join("", upstream.subList(1, upstream.size()))),
                        List.of(gate),
                        released));

        try (var stream = transcriber(openai).stream(audio("gpt-4o-transcribe"), withKey())) {
            var events = stream.iterator();
            assertThat(events.next()).isEqualTo(new TextDelta("I"));
            gate.countDown();
            var rest = new ArrayList<TranscriptionEvent>();
            events.forEachRemaining(rest::add);
            assertThat(rest).endsWith(new Done("I see skies.", USAGE));
        }
        assertThat(released).containsExactly(true);
    }

    @Test
    void reads_a_compatible_server_that_ends_with_done_and_reports_no_usage() {
        ModelProvider vllm = new OpenAiCompatibleProviderFactory()
                .create(settings(
                        "local",
                        "openai-compatible",
                        "base_url",
                        stub.base("/v1").toString()));
        stub.on(PATH, sse("""
                data: {"type":"transcript.text.delta","delta":"Hello"}

                data: {"type":"transcript.text.delta","delta":" world"}

                data: {"type":"transcript.text.done","text":"Hello world"}

                data: [DONE]

                """));

        assertThat(drain(vllm, audio("whisper-large-v3")))
                .containsExactly(new TextDelta("Hello"), new TextDelta(" world"), new Done("Hello world", null));
    }

    @Test
    void streams_from_an_azure_deployment() {
        ModelProvider azure = new AzureProviderFactory()
                .create(settings(
                        "azure",
                        "azure",
                        "base_url",
                        stub.base("").toString(),
                        "deployments",
                        map("gpt-4o-transcribe", "transcribe-prod")));
        stub.on(
                "/openai/deployments/transcribe-prod/audio/transcriptions",
                sse(resource("openai/streams/transcription.sse")));

        assertThat(drain(azure, audio("gpt-4o-transcribe"))).containsExactlyElementsOf(SKIES);
        assertThat(stub.last().header("api-key")).isEqualTo(dev.switchboard.adapters.providers.testing.Contexts.KEY);
        assertThat(stub.last().query()).startsWith("api-version=");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "data: {\"type\":\"error\",\"error\":{\"message\":\"The server had an error.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}",
                "data: {\"error\":{\"message\":\"The server had an error.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}",
                "event: error\ndata: {\"message\":\"The server had an error.\",\"type\":\"server_error\"}"
            })
    void throws_an_error_that_arrives_inside_the_stream(String error) {
        stub.on(PATH, sse(Replies.events("openai/streams/transcription.sse").getFirst() + error + "\n\n"));
        var read = new ArrayList<TranscriptionEvent>();

        try (var stream = transcriber(openai).stream(audio("gpt-4o-transcribe"), withKey())) {
            assertThatThrownBy(() -> stream.forEach(read::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.Unavailable(
                                            0, "the upstream failed during the stream: The server had an error.")));
        }
        assertThat(read).containsExactly(new TextDelta("I"));
    }

    @Test
    void fails_a_stream_dropped_before_done() {
        String cut = String.join(
                "", Replies.events("openai/streams/transcription.sse").subList(0, 2));
        stub.on(PATH, sse(cut));

        assertThatThrownBy(() -> drain(openai, audio("gpt-4o-transcribe")))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
    }

    @Test
    void fails_an_event_without_its_text_as_malformed() {
        stub.on(PATH, sse("data: {\"type\":\"transcript.text.delta\"}\n\n"));

        assertThatThrownBy(() -> drain(openai, audio("gpt-4o-transcribe")))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }

    @Test
    void hands_on_a_whole_answer_to_a_streaming_request_as_one_delta_and_done() {
        stub.on(PATH, Replies.json(200, resource("openai/responses/transcription.json")));
        String text = "Imagine the wildest idea that you've ever had.";

        assertThat(drain(openai, audio("whisper-1"))).containsExactly(new TextDelta(text), new Done(text, USAGE));
    }

    @Test
    void hands_on_a_whole_text_answer_without_usage() {
        stub.on(PATH, Replies.text(200, "text/plain; charset=utf-8", "Hello"));

        assertThat(drain(openai, audio("whisper-1"))).containsExactly(new TextDelta("Hello"), new Done("Hello", null));
    }

    private static TranscriptionRequest audio(String model) {
        return new TranscriptionRequest(model, new byte[] {1}, "a.wav", null, null, null, null, List.of());
    }

    private static dev.switchboard.domain.provider.Transcriber transcriber(ModelProvider provider) {
        return provider.transcriber().orElseThrow();
    }

    private static List<TranscriptionEvent> drain(ModelProvider provider, TranscriptionRequest request) {
        var events = new ArrayList<TranscriptionEvent>();
        try (TranscriptionStream stream = transcriber(provider).stream(request, withKey())) {
            stream.forEach(events::add);
        }
        return events;
    }
}
