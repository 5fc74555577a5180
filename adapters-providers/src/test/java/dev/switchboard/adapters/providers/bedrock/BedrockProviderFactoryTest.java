package dev.switchboard.adapters.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BedrockProviderFactoryTest {

    private static final BedrockProviderFactory NO_ENV = new BedrockProviderFactory(name -> null);

    @Test
    void is_the_bedrock_type() {
        assertThat(new BedrockProviderFactory().type()).isEqualTo("bedrock");
    }

    @Test
    void needs_a_region_from_the_settings_or_aws_region() {
        assertThatThrownBy(() -> NO_ENV.create(Contexts.settings("aws", "bedrock")))
                .hasMessage("providers.aws.region is required (or set AWS_REGION)");
        var fromEnvironment = new BedrockProviderFactory(Map.of("AWS_REGION", "eu-west-1")::get);
        assertThat(fromEnvironment.create(Contexts.settings("aws", "bedrock"))).isNotNull();
    }

    @Test
    void refuses_unknown_keys_a_malformed_region_and_a_zero_connect_timeout() {
        assertThatThrownBy(() ->
                        NO_ENV.create(Contexts.settings("aws", "bedrock", "region", "us-east-1", "base_url", "x")))
                .hasMessageStartingWith("providers.aws.base_url is not a setting of type bedrock");
        assertThatThrownBy(() -> NO_ENV.create(Contexts.settings("aws", "bedrock", "region", "US East")))
                .hasMessage("providers.aws.region must be an AWS region such as us-east-1");
        assertThatThrownBy(() -> NO_ENV.create(
                        Contexts.settings("aws", "bedrock", "region", "us-east-1", "connect_timeout", "0s")))
                .hasMessage("providers.aws.connect_timeout must be positive");
    }

    @Test
    void the_endpoint_setting_sends_runtime_and_control_plane_calls_to_it() {
        try (var stub = StubUpstream.start()) {
            stub.on(BedrockWire.CONVERSE, BedrockWire.json(Replies.resource("bedrock/converse-response.json")));
            stub.on("/foundation-models", BedrockWire.json("{\"modelSummaries\":[]}"));
            stub.on("/inference-profiles", BedrockWire.json("{\"inferenceProfileSummaries\":[]}"));
            var provider = NO_ENV.create(Contexts.settings(
                    "aws",
                    "bedrock",
                    "region",
                    "eu-central-1",
                    "endpoint",
                    stub.base("").toString()));

            provider.complete(ChatRequest.of(BedrockWire.MODEL, Message.user("hi")), BedrockWire.withKeys());
            provider.models(BedrockWire.withKeys());

            assertThat(stub.requests())
                    .extracting(StubUpstream.Recorded::path)
                    .containsExactly(BedrockWire.CONVERSE, "/foundation-models", "/inference-profiles");
            assertThat(stub.last().header("Authorization")).contains("/eu-central-1/bedrock/aws4_request");
        }
    }
}
