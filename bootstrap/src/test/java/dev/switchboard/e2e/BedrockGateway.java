package dev.switchboard.e2e;

import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ReasoningEffort;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The packaged gateway with one {@code bedrock} provider, {@value #PROVIDER}, whose {@code endpoint} points at a
 * {@link BedrockUpstream} and whose auth profile holds static AWS keys as JSON, passed as {@code ${VAR}}. The client
 * is the official OpenAI SDK on {@code /v1}, without retries.
 */
final class BedrockGateway extends StubbedGateway<BedrockUpstream> {

    static final String PROVIDER = "aws";
    /** A second provider over the same stub, for the test that throttles it: a rate limit cools its profile down. */
    static final String LIMITED_PROVIDER = "aws-limited";

    private static final String CLIENT_KEY = "sk-switchboard-e2e-bedrock-client";

    private BedrockGateway(BedrockUpstream upstream, PackagedGateway gateway) {
        super(upstream, gateway, CLIENT_KEY);
    }

    static BedrockGateway start(Path workDir) throws IOException, InterruptedException {
        var upstream = BedrockUpstream.start();
        try {
            Path config = Files.writeString(workDir.resolve("switchboard.yaml"), yaml(upstream.endpoint()));
            var variables = Map.of("E2E_CLIENT_KEY", CLIENT_KEY, "E2E_BEDROCK_KEYS", BedrockUpstream.KEYS);
            return new BedrockGateway(upstream, PackagedGateway.start(workDir, config, variables));
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            upstream.close();
            throw e;
        }
    }

    /** A question with the weather tool and low reasoning effort, as a client of a tool loop writes it. */
    static ChatCompletionCreateParams.Builder toolConversation() {
        var parameters = FunctionParameters.builder()
                .putAdditionalProperty("type", JsonValue.from("object"))
                .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                .putAdditionalProperty("required", JsonValue.from(List.of("city")))
                .build();
        var tool = ChatCompletionFunctionTool.builder()
                .function(FunctionDefinition.builder()
                        .name(BedrockFrames.TOOL_NAME)
                        .description("The weather in a city")
                        .parameters(parameters)
                        .build())
                .build();
        return ChatCompletionCreateParams.builder()
                .model(BedrockGateway.PROVIDER + "/" + BedrockFrames.MODEL)
                .addUserMessage("What is the weather in Paris?")
                .addTool(tool)
                .reasoningEffort(ReasoningEffort.LOW)
                .maxCompletionTokens(8000);
    }

    private static String yaml(String endpoint) {
        return """
                server:
                  request_timeout_s: 30
                security:
                  api_keys: ["${E2E_CLIENT_KEY}"]
                providers:
                  - id: %s
                    type: bedrock
                    region: %s
                    endpoint: "%s"
                    connect_timeout: 5s
                    api_keys:
                      - { name: primary, value: "${E2E_BEDROCK_KEYS}" }
                  - id: %s
                    type: bedrock
                    region: %s
                    endpoint: "%s"
                    api_keys:
                      - { name: primary, value: "${E2E_BEDROCK_KEYS}" }
                """.formatted(
                        PROVIDER, BedrockUpstream.REGION, endpoint, LIMITED_PROVIDER, BedrockUpstream.REGION, endpoint);
    }
}
