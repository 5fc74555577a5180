package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.audio.AudioResponseFormat;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionStreamEvent;
import com.openai.models.audio.transcriptions.TranscriptionTextDoneEvent;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionChoice;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Legacy completions, embeddings, the model list and audio transcriptions from each OpenAI-family provider type
 * through the packaged gateway, driven by the official OpenAI Java SDK.
 */
@ExtendWith(SharedFamilyGateway.class)
class OpenAiFamilyEndpointsIT {

    private final FamilyGateway switchboard;
    private final OpenAIClient client;

    OpenAiFamilyEndpointsIT(FamilyGateway switchboard) {
        this.switchboard = switchboard;
        this.client = switchboard.client();
    }

    @AfterEach
    void the_upstream_received_only_well_formed_requests() {
        assertThat(switchboard.stub().takeProblems()).as(switchboard::log).isEmpty();
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void completes_legacy_text_through_switchboard(Family family) {
        Completion completion = client.completions().create(prompt(family));

        CompletionChoice choice = completion.choices().getFirst();
        assertThat(choice.text()).isEqualTo(UpstreamReplies.COMPLETION_TEXT);
        assertThat(choice.finishReason()).isEqualTo(CompletionChoice.FinishReason.LENGTH);
        assertThat(completion.model()).isEqualTo(family.completionModel());
        assertThat(completion.usage())
                .hasValueSatisfying(usage -> assertThat(usage.totalTokens()).isEqualTo(12));
        var sent = switchboard.stub().last(family, "completions").json();
        assertThat(sent.path("prompt").asText()).isEqualTo("Say this is a test");
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(7);
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(Family.class)
    void streams_legacy_text_through_switchboard(Family family) {
        List<Completion> chunks;
        try (StreamResponse<Completion> stream = client.completions().createStreaming(prompt(family))) {
            chunks = stream.stream().toList();
        }

        String text = chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .map(CompletionChoice::text)
                .collect(Collectors.joining());
        assertThat(text).isEqualTo(UpstreamReplies.COMPLETION_TEXT);
        // The SDK's finishReason() requires a value; chunks before the last carry null, as OpenAI's do.
        assertThat(chunks.stream()
                        .flatMap(chunk -> chunk.choices().stream())
                        .flatMap(choice -> choice._finishReason().asKnown().stream()))
                .containsExactly(CompletionChoice.FinishReason.LENGTH);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.usage()).isEmpty());
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = Family.class, names = "CEREBRAS", mode = EnumSource.Mode.EXCLUDE)
    void embeds_as_base64_when_the_sdk_asks_for_it(Family family) {
        CreateEmbeddingResponse response = client.embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model(family.type() + "/" + family.embeddingModel())
                        .input("The food was delicious and the waiter...")
                        .build());

        var embedding = response.data().getFirst();
        assertThat(embedding.embeddingValue().isBase64())
                .as("answered in the format the SDK asked for")
                .isTrue();
        assertThat(embedding.embeddingValue().asBase64()).isEqualTo(UpstreamReplies.EMBEDDING_BASE64);
        assertThat(embedding.embedding())
                .containsExactly(
                        UpstreamReplies.EMBEDDING[0], UpstreamReplies.EMBEDDING[1], UpstreamReplies.EMBEDDING[2]);
        assertThat(response.usage().promptTokens()).isEqualTo(8);
        var sent = switchboard.stub().last(family, "embeddings").json();
        assertThat(sent.path("input").asText()).isEqualTo("The food was delicious and the waiter...");
    }

    @Test
    void lists_every_providers_models_under_qualified_ids() {
        List<String> ids = client.models().list().data().stream().map(Model::id).toList();

        for (Family family : Family.values()) {
            assertThat(ids)
                    .as(family.type())
                    .containsAll(family.listedModels().stream()
                            .map(model -> family.type() + "/" + model)
                            .toList());
        }
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = Family.class, names = "CEREBRAS", mode = EnumSource.Mode.EXCLUDE)
    void transcribes_audio_as_json_and_as_text_through_switchboard(Family family) {
        var json = client.audio().transcriptions().create(transcription(family, AudioResponseFormat.JSON));
        var text = client.audio().transcriptions().create(transcription(family, AudioResponseFormat.TEXT));

        assertThat(json.asTranscription().text()).isEqualTo(UpstreamReplies.TRANSCRIPT);
        assertThat(text.asTranscription().text()).isEqualTo(UpstreamReplies.TRANSCRIPT + "\n");
        var sent = switchboard.stub().last(family, "audio/transcriptions");
        assertThat(UpstreamReplies.formField(sent, "model")).isEqualTo(family.transcriptionModel());
        assertThat(UpstreamReplies.formField(sent, "language")).isEqualTo("en");
        assertThat(sent.body()).contains("filename=\"speech.wav\"");
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = Family.class, names = "CEREBRAS", mode = EnumSource.Mode.EXCLUDE)
    void streams_a_transcription_through_switchboard(Family family) {
        var deltas = new java.util.ArrayList<String>();
        var done = new java.util.ArrayList<TranscriptionTextDoneEvent>();
        try (StreamResponse<TranscriptionStreamEvent> stream =
                client.audio().transcriptions().createStreaming(transcription(family, AudioResponseFormat.JSON))) {
            stream.stream().forEach(event -> {
                event.transcriptTextDelta().ifPresent(delta -> deltas.add(delta.delta()));
                event.transcriptTextDone().ifPresent(done::add);
            });
        }

        assertThat(deltas).hasSizeGreaterThan(1);
        assertThat(String.join("", deltas)).isEqualTo(UpstreamReplies.TRANSCRIPT);
        assertThat(done).singleElement().satisfies(last -> {
            assertThat(last.text()).isEqualTo(UpstreamReplies.TRANSCRIPT);
            var usage = last.usage().orElseThrow();
            assertThat(usage.inputTokens()).isEqualTo(14);
            assertThat(usage.outputTokens()).isEqualTo(45);
            assertThat(usage.totalTokens()).isEqualTo(59);
            assertThat(usage.inputTokenDetails().orElseThrow().audioTokens()).contains(14L);
        });
        var sent = switchboard.stub().last(family, "audio/transcriptions");
        assertThat(UpstreamReplies.formField(sent, "stream")).isEqualTo("true");
        assertThat(UpstreamReplies.formField(sent, "model")).isEqualTo(family.transcriptionModel());
    }

    @Test
    void refuses_embeddings_and_transcriptions_for_cerebras_without_calling_it() {
        assertThatThrownBy(() -> client.embeddings()
                        .create(EmbeddingCreateParams.builder()
                                .model("cerebras/gpt-oss-120b")
                                .input("hi")
                                .build()))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> client.audio()
                        .transcriptions()
                        .create(transcription(Family.CEREBRAS, AudioResponseFormat.JSON)))
                .isInstanceOf(BadRequestException.class);
        assertThat(switchboard.stub().calls())
                .noneMatch(call -> call.family() == Family.CEREBRAS
                        && List.of("embeddings", "audio/transcriptions").contains(call.operation()));
    }

    private static CompletionCreateParams prompt(Family family) {
        return CompletionCreateParams.builder()
                .model(family.type() + "/" + family.completionModel())
                .prompt("Say this is a test")
                .maxTokens(7)
                .temperature(0.0)
                .build();
    }

    private static TranscriptionCreateParams transcription(Family family, AudioResponseFormat format) {
        String model = family == Family.CEREBRAS ? "whisper-1" : family.transcriptionModel();
        return TranscriptionCreateParams.builder()
                .file(com.openai.core.MultipartField.<java.io.InputStream>builder()
                        .value(new java.io.ByteArrayInputStream(UpstreamReplies.AUDIO.getBytes(StandardCharsets.UTF_8)))
                        .filename("speech.wav")
                        .build())
                .model(family.type() + "/" + model)
                .language("en")
                .responseFormat(format)
                .build();
    }
}
