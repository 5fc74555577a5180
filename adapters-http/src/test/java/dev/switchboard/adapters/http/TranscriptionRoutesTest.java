package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.audio.TranscriptionRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /v1/audio/transcriptions} and {@code /{provider}/v1/audio/transcriptions}. */
class TranscriptionRoutesTest {

    private static final byte[] AUDIO = {82, 73, 70, 70, 0, 1, 2, 3};
    private static final String PATH = "/v1/audio/transcriptions";

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void transcribes_to_json_by_default_on_both_prefixes() {
        Api.test(fake, (server, client) -> {
            var plain = upload("mock/whisper-1").post(client, PATH);
            var scoped = upload("whisper-1").post(client, "/mock" + PATH);

            assertThat(plain.code()).isEqualTo(200);
            assertThat(Api.header(plain, "Content-Type")).startsWith("application/json");
            assertThat(Api.json(plain)).isEqualTo(Api.json("{\"text\":\"Hello there.\"}"));
            assertThat(scoped.code()).isEqualTo(200);
            assertThat(fake.transcriptions)
                    .containsExactly(
                            new TranscriptionRequest(
                                    "whisper-1", AUDIO, "hello.wav", null, null, null, null, List.of()),
                            new TranscriptionRequest(
                                    "whisper-1", AUDIO, "hello.wav", null, null, null, null, List.of()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "json         | application/json          | {\"text\":\"Hello there.\"}",
                "verbose_json | application/json          | {\"task\":\"transcribe\",\"language\":\"english\",\"duration\":1.5,\"text\":\"Hello there.\"}",
                "text         | text/plain; charset=utf-8 | 'Hello there.\n'",
                "srt          | text/plain; charset=utf-8 | '1\n00:00:00,000 --> 00:00:01,500\nHello there.\n\n'",
                "vtt          | text/plain; charset=utf-8 | 'WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello there.\n'"
            })
    void answers_each_response_format_with_its_body_and_content_type(String format, String type, String body) {
        Api.test(fake, (server, client) -> {
            var response =
                    upload("mock/whisper-1").field("response_format", format).post(client, PATH);

            assertThat(response.code()).isEqualTo(200);
            // Jetty writes "text/plain;charset=utf-8", without the space.
            assertThat(Api.header(response, "Content-Type").replace(" ", ""))
                    .isEqualToIgnoringCase(type.replace(" ", ""));
            assertThat(response.body().string()).isEqualTo(body.replace("\\n", "\n"));
            assertThat(fake.transcriptions.getFirst().responseFormat()).isEqualTo(format);
        });
    }

    @Test
    void passes_every_field_on() {
        Api.test(fake, (server, client) -> {
            var response = upload("mock/whisper-1")
                    .field("language", "de")
                    .field("prompt", "Javalin, Jetty")
                    .field("response_format", "verbose_json")
                    .field("temperature", "0.3")
                    .field("timestamp_granularities[]", "word")
                    .field("timestamp_granularities[]", "segment")
                    .field("stream", "false")
                    .post(client, PATH);

            assertThat(response.code()).isEqualTo(200);
            assertThat(fake.transcriptions)
                    .containsExactly(new TranscriptionRequest(
                            "whisper-1",
                            AUDIO,
                            "hello.wav",
                            "de",
                            "Javalin, Jetty",
                            "verbose_json",
                            0.3,
                            List.of("word", "segment")));
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "response_format | mp3   | response_format | response_format must be one of json, text, srt, verbose_json, vtt",
                "temperature     | hot   | temperature     | temperature must be a number",
                "temperature     | 2     | temperature     | temperature must be between 0 and 1",
                "timestamp_granularities[] | char | timestamp_granularities[] | timestamp_granularities[] must be word or segment",
                "stream          | maybe | stream          | stream must be true or false"
            })
    void refuses_a_bad_value_naming_its_field(String field, String value, String param, String message) {
        Api.test(fake, (server, client) -> {
            var response = upload("mock/whisper-1").field(field, value).post(client, PATH);

            assertThat(response.code()).isEqualTo(400);
            assertThat(Api.json(response).at("/error/param").asText()).isEqualTo(param);
            assertThat(Api.json(response).at("/error/message").asText()).isEqualTo(message);
            assertThat(Api.json(response).at("/error/type").asText()).isEqualTo("invalid_request_error");
            assertThat(fake.transcriptions).isEmpty();
        });
    }

    @Test
    void refuses_a_form_without_file_or_model() {
        Api.test(fake, (server, client) -> {
            var noFile = Multipart.form().field("model", "mock/whisper-1").post(client, PATH);
            var noModel = Multipart.form().file("file", "a.wav", AUDIO).post(client, PATH);

            assertThat(noFile.code()).isEqualTo(400);
            assertThat(Api.json(noFile).at("/error/param").asText()).isEqualTo("file");
            assertThat(noModel.code()).isEqualTo(400);
            assertThat(Api.json(noModel).at("/error/param").asText()).isEqualTo("model");
            assertThat(Api.json(noModel).at("/error/message").asText()).isEqualTo("model is required");
        });
    }

    @Test
    void refuses_a_body_that_is_not_a_form_with_415() {
        Api.test(fake, (server, client) -> {
            var json = Api.post(client, PATH, "{\"model\":\"mock/whisper-1\"}");

            assertThat(json.code()).isEqualTo(415);
            assertThat(Api.json(json).at("/error/code").asText()).isEqualTo("unsupported_media_type");
        });
    }

    @Test
    void answers_unknown_providers_with_404_and_a_provider_without_audio_with_400() {
        fake.transcriber = null;
        Api.test(fake, (server, client) -> {
            var unknownRoute = upload("whisper-1").post(client, "/nope" + PATH);
            var unknownProvider = upload("elsewhere/whisper-1").post(client, PATH);
            var incapable = upload("mock/whisper-1").post(client, PATH);

            assertThat(unknownRoute.code()).isEqualTo(404);
            assertThat(Api.json(unknownRoute).at("/error/code").asText()).isEqualTo("provider_not_found");
            assertThat(unknownProvider.code()).isEqualTo(404);
            assertThat(Api.json(unknownProvider).at("/error/code").asText()).isEqualTo("model_not_found");
            assertThat(incapable.code()).isEqualTo(400);
            assertThat(Api.json(incapable).at("/error/message").asText())
                    .isEqualTo("provider mock does not offer audio transcriptions");
            assertThat(Api.json(incapable).at("/error/param").asText()).isEqualTo("model");
        });
    }

    @Test
    void maps_upstream_failures_like_every_route() {
        Api.test(fake, (server, client) -> {
            var limited = upload("mock/rate-limited").post(client, PATH);

            assertThat(limited.code()).isEqualTo(429);
            assertThat(Api.header(limited, "Retry-After")).isEqualTo("2");
        });
    }

    @Test
    void needs_a_key_and_answers_with_request_id_and_security_headers() {
        Api.test(fake, (server, client) -> {
            var anonymous = client.request(
                    PATH,
                    request -> request.post(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                                    upload("mock/w").bytes()))
                            .header("Content-Type", Multipart.CONTENT_TYPE));
            var ok = upload("mock/whisper-1").post(client, PATH, "X-Request-ID", "trace-42");

            assertThat(anonymous.code()).isEqualTo(401);
            assertThat(ok.code()).isEqualTo(200);
            assertThat(Api.header(ok, "X-Request-ID")).isEqualTo("trace-42");
            assertThat(Api.header(ok, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(fake.requestIds).containsExactly("trace-42");
        });
    }

    @Test
    void refuses_an_upload_over_the_limit_with_413_whether_its_length_is_declared_or_not() {
        byte[] huge = new byte[(int) HttpSettings.MIN_UPLOAD_BYTES + 2 * 1024 * 1024];
        Api.test(fake, (server, client) -> {
            var declared = Multipart.form()
                    .field("model", "mock/w")
                    .file("file", "a.wav", huge)
                    .post(client, PATH);
            var chunked = Multipart.form()
                    .field("model", "mock/w")
                    .file("file", "a.wav", huge)
                    .postChunked(client, PATH);

            assertThat(declared.code()).isEqualTo(413);
            assertThat(Api.json(declared).at("/error/code").asText()).isEqualTo("request_too_large");
            assertThat(chunked.code()).isEqualTo(413);
            assertThat(Api.json(chunked).at("/error/code").asText()).isEqualTo("request_too_large");
            assertThat(fake.transcriptions).isEmpty();
        });
    }

    @Test
    void refuses_a_broken_form_with_400() {
        Api.test(fake, (server, client) -> {
            var response = client.request(
                    PATH,
                    request -> request.post(java.net.http.HttpRequest.BodyPublishers.ofString("--other\r\nnot a part"))
                            .header("Content-Type", Multipart.CONTENT_TYPE)
                            .header("Authorization", "Bearer " + Api.KEY));

            assertThat(response.code()).isEqualTo(400);
            assertThat(Api.json(response).at("/error/message").asText())
                    .isEqualTo("The request body is not a valid multipart/form-data form.");
        });
    }

    @Test
    void takes_an_upload_larger_than_the_json_body_limit() {
        byte[] large = new byte[1024 * 1024];
        Api.test(fake, (server, client) -> {
            var response = Multipart.form()
                    .field("model", "mock/w")
                    .file("file", "a.wav", large)
                    .postChunked(client, PATH);

            assertThat(response.code()).isEqualTo(200);
            assertThat(fake.transcriptions.getFirst().audio()).hasSize(large.length);
        });
    }

    private static Multipart upload(String model) {
        return Multipart.form().file("file", "hello.wav", AUDIO).field("model", model);
    }
}
