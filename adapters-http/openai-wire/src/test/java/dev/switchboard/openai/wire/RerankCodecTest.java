package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;
import dev.switchboard.domain.rerank.RerankResponse.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RerankCodecTest {

    @Test
    void reads_cohere_v2_requests() {
        var request = read("""
                {"model":"cohere/rerank-v3.5","query":"What is the capital of the United States?",
                 "documents":["Carson City is the capital city of Nevada.","Washington, D.C. is the capital."],
                 "top_n":3,"max_tokens_per_doc":4096}""");

        assertThat(request)
                .isEqualTo(new RerankRequest(
                        "cohere/rerank-v3.5",
                        "What is the capital of the United States?",
                        List.of("Carson City is the capital city of Nevada.", "Washington, D.C. is the capital."),
                        3,
                        false));
    }

    @Test
    void reads_text_objects_as_documents_and_return_documents() {
        var request = read("""
                {"model":"m","query":"q","documents":[{"text":"a"},"b"],"return_documents":true,"top_n":null}""");

        assertThat(request.documents()).containsExactly("a", "b");
        assertThat(request.returnDocuments()).isTrue();
        assertThat(request.topN()).isNull();
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("[]", null, "request body must be a JSON object"),
                Arguments.of("{\"query\":\"q\",\"documents\":[\"a\"]}", "model", "model is required"),
                Arguments.of("{\"model\":\"m\",\"documents\":[\"a\"]}", "query", "query is required"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\" \",\"documents\":[\"a\"]}", "query", "query must not be blank"),
                Arguments.of("{\"model\":\"m\",\"query\":\"q\"}", "documents", "documents is required"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\"q\",\"documents\":\"a\"}",
                        "documents",
                        "documents must be an array"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\"q\",\"documents\":[]}",
                        "documents",
                        "documents must not be empty"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\"q\",\"documents\":[\"a\",5]}",
                        "documents[1]",
                        "documents[1] must be a string or an object with a text string"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\"q\",\"documents\":[{\"title\":\"a\"}]}",
                        "documents[0].text",
                        "documents[0].text is required"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\"q\",\"documents\":[\"a\"],\"top_n\":0}",
                        "top_n",
                        "top_n must be at least 1"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\"q\",\"documents\":[\"a\"],\"top_n\":1.5}",
                        "top_n",
                        "top_n must be an integer"),
                Arguments.of(
                        "{\"model\":\"m\",\"query\":\"q\",\"documents\":[\"a\"],\"return_documents\":\"yes\"}",
                        "return_documents",
                        "return_documents must be a boolean"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("violations")
    void names_the_field_of_every_violation(String body, String param, String message) {
        var thrown = catchThrowableOfType(WireFormatException.class, () -> read(body));

        assertThat(thrown.param()).isEqualTo(param);
        assertThat(thrown.getMessage()).isEqualTo(message);
    }

    @Test
    void writes_results_with_documents_as_jina_does() {
        var response = new RerankResponse(
                "jina-reranker-v2-base-multilingual",
                List.of(
                        new Result(
                                0,
                                0.8783142566680908,
                                "Organic skincare for sensitive skin with aloe vera and chamomile..."),
                        new Result(
                                2,
                                0.7624675869941711,
                                "Bio-Hautpflege für empfindliche Haut mit Aloe Vera und Kamille...")),
                Usage.of(815, 0));

        Golden.assertMatches(
                RerankResponseWriter.write(response, "rerank-0123456789abcdef01234567"), "rerank-response.json");
    }

    @Test
    void writes_results_without_documents_when_none_were_asked_for() {
        var response = new RerankResponse(
                "rerank-v3.5",
                List.of(new Result(3, 0.999071, null), new Result(4, 0.7867867, null), new Result(0, 0.32713068, null)),
                Usage.ZERO);

        Golden.assertMatches(RerankResponseWriter.write(response, "rerank-07734bd2"), "rerank-response-bare.json");
    }

    private static RerankRequest read(String body) {
        return RerankRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
    }
}
