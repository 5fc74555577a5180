package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.map;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.MultipartParts;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.provider.ModelProvider;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the {@code openai} type does beyond the family's contract. */
class OpenAiDialectTest {

    private StubUpstream stub;
    private ModelProvider openai;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        openai = new OpenAiProviderFactory()
                .create(settings(
                        "openai",
                        "openai",
                        "base_url",
                        stub.base("/v1").toString(),
                        "organization",
                        "org-abc",
                        "project",
                        "proj_xyz",
                        "headers",
                        map("X-Team", "search")));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void sends_organization_project_and_configured_headers() {
        stub.on("/v1/chat/completions", json(200, resource("openai/responses/chat-text.json")));

        openai.complete(ChatRequest.of("gpt-4o-mini", Message.user("hi")), withKey());

        assertThat(stub.last().header("OpenAI-Organization")).isEqualTo("org-abc");
        assertThat(stub.last().header("OpenAI-Project")).isEqualTo("proj_xyz");
        assertThat(stub.last().header("X-Team")).isEqualTo("search");
    }

    @Test
    void sends_no_authorization_for_a_profile_without_a_key() {
        stub.on("/v1/chat/completions", json(200, resource("openai/responses/chat-text.json")));

        openai.complete(ChatRequest.of("gpt-4o-mini", Message.user("hi")), anonymous());

        assertThat(stub.last().header("Authorization")).isNull();
    }

    @Test
    void reads_parallel_tool_calls_of_a_whole_answer() {
        stub.on("/v1/chat/completions", json(200, resource("openai/responses/chat-tools.json")));

        var answer = openai.complete(ChatRequest.of("gpt-4o-mini", Message.user("weather?")), withKey());

        assertThat(answer.message().toolCalls())
                .containsExactly(
                        new ToolCall("call_abc123", "get_weather", "{\n\"city\": \"Boston\"\n}"),
                        new ToolCall("call_def456", "get_weather", "{\"city\": \"Paris\"}"));
        assertThat(answer.choices().getFirst().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void reads_a_refusal_logprobs_and_several_choices() {
        stub.on("/v1/chat/completions", json(200, resource("openai/responses/chat-refusal-logprobs.json")));

        var answer = openai.complete(ChatRequest.of("gpt-4o", Message.user("hi")), withKey());

        assertThat(answer.choices()).hasSize(2);
        assertThat(answer.message().refusal()).isEqualTo("I'm sorry, I can't assist with that request.");
        assertThat(answer.choices().getFirst().logprobs()).isNotNull();
        assertThat(answer.choices().get(1).message().content()).isEqualTo("Second answer");
        assertThat(answer.choices().get(1).finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void embeds_with_float_vectors_and_decodes_base64_ones() {
        stub.on("/v1/embeddings", json(200, resource("openai/responses/embeddings-float.json")));
        var floats = openai.embed(EmbeddingRequest.of("text-embedding-3-small", "a", "b"), withKey());
        stub.on("/v1/embeddings", json(200, resource("openai/responses/embeddings-base64.json")));
        var decoded = openai.embed(EmbeddingRequest.of("text-embedding-3-small", "a"), withKey());

        assertThat(floats.data()).hasSize(2);
        assertThat(floats.data().get(1).vector()).containsExactly(0.5f, 0.25f, -1.0f);
        assertThat(decoded.data().getFirst().vector()).containsExactly(0.0023064255f, -0.009327292f, -0.0028842222f);
        assertThat(decoded.usage().promptTokens()).isEqualTo(8);
        assertThat(stub.last().text()).contains("\"encoding_format\":\"float\"");
    }

    @Test
    void transcribes_with_a_multipart_form_holding_every_field() {
        stub.on("/v1/audio/transcriptions", json(200, resource("openai/responses/transcription.json")));
        byte[] audio = {1, 2, 3, 0, (byte) 0xFF};
        var request = new TranscriptionRequest(
                "gpt-4o-transcribe",
                audio,
                "say \"hi\".mp3",
                "en",
                "Names: Zoë",
                "verbose_json",
                0.2,
                List.of("word", "segment"));

        var transcription = openai.transcriber().orElseThrow().transcribe(request, withKey());

        var parts = MultipartParts.parse(
                stub.last().header("Content-Type"), stub.last().body());
        assertThat(parts)
                .extracting(MultipartParts.Part::name)
                .containsExactly(
                        "file",
                        "model",
                        "language",
                        "prompt",
                        "response_format",
                        "temperature",
                        "timestamp_granularities[]",
                        "timestamp_granularities[]");
        var file = parts.getFirst();
        assertThat(file.filename()).isEqualTo("say %22hi%22.mp3");
        assertThat(file.contentType()).isEqualTo("audio/mpeg");
        assertThat(file.content()).containsExactly(audio);
        var fields = MultipartParts.byName(parts);
        assertThat(fields.get("model").text()).isEqualTo("gpt-4o-transcribe");
        assertThat(fields.get("prompt").text()).isEqualTo("Names: Zoë");
        assertThat(fields.get("temperature").text()).isEqualTo("0.2");
        assertThat(parts.subList(6, 8)).extracting(MultipartParts.Part::text).containsExactly("word", "segment");
        assertThat(transcription.text()).isEqualTo("Imagine the wildest idea that you've ever had.");
        assertThat(transcription.contentType()).isEqualTo("application/json");
        assertThat(transcription.body()).isEqualTo(resource("openai/responses/transcription.json"));
    }

    @Test
    void passes_text_formats_of_a_transcription_through_as_they_came() {
        String srt = "1\n00:00:00,000 --> 00:00:01,000\nHello\n";
        stub.on("/v1/audio/transcriptions", Replies.text(200, "application/x-subrip", srt));
        var request =
                new TranscriptionRequest("whisper-1", new byte[] {1}, "a.wav", null, null, "srt", null, List.of());

        var transcription = openai.transcriber().orElseThrow().transcribe(request, withKey());

        assertThat(transcription.body()).isEqualTo(srt);
        assertThat(transcription.text()).isEqualTo(srt);
        assertThat(transcription.contentType()).isEqualTo("application/x-subrip");
        var fields = MultipartParts.byName(MultipartParts.parse(
                stub.last().header("Content-Type"), stub.last().body()));
        assertThat(fields).containsOnlyKeys("file", "model", "response_format");
        assertThat(fields.get("file").content()).containsExactly((byte) 1);
        assertThat(fields.get("file").contentType()).isEqualTo("audio/wav");
    }

    @Test
    void offers_no_reranker() {
        assertThat(openai.reranker()).isEmpty();
        assertThat(openai.transcriber()).isPresent();
    }
}
