package dev.switchboard.adapters.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which credentials sign a call: the auth profile's static keys, or the AWS default chain for a profile without. */
class BedrockCredentialsTest {

    private final StubUpstream stub = StubUpstream.start();

    @AfterEach
    void stop() {
        stub.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void a_profile_key_with_a_session_token_signs_with_those_keys_and_sends_the_token() {
        stub.on(BedrockWire.CONVERSE, BedrockWire.json(Replies.resource("bedrock/converse-response.json")));
        String keys =
                "{\"access_key_id\":\"ASIATEMP\",\"secret_access_key\":\"s3cr3t\",\"session_token\":\"FwoGZXIvYXdzEJr\"}";

        BedrockWire.provider(stub).complete(request(), context(Credential.apiKey("temp", keys)));

        assertThat(stub.last().header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=ASIATEMP/");
        assertThat(stub.last().header("X-Amz-Security-Token")).isEqualTo("FwoGZXIvYXdzEJr");
    }

    @Test
    void a_profile_without_a_key_uses_the_default_credential_chain() {
        System.setProperty("aws.accessKeyId", "AKIAFROMCHAIN");
        System.setProperty("aws.secretAccessKey", "chain-secret");
        stub.on(BedrockWire.CONVERSE, BedrockWire.json(Replies.resource("bedrock/converse-response.json")));

        BedrockWire.provider(stub).complete(request(), context(Credential.anonymous()));

        assertThat(stub.last().header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIAFROMCHAIN/");
        assertThat(stub.last().header("X-Amz-Security-Token")).isNull();
    }

    @Test
    void a_json_key_that_is_not_credentials_fails_the_profile_without_echoing_the_secret() {
        for (String key : new String[] {"{\"access_key_id\":\"AKIA-no-secret\"}", "{not json at all", "{\"a\":1}"}) {
            assertThatThrownBy(
                            () -> BedrockWire.provider(stub).complete(request(), context(Credential.apiKey("p1", key))))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isInstanceOf(ProviderFailure.Unauthorized.class);
                        assertThat(e.failure().message())
                                .contains("auth profile p1")
                                .doesNotContain(key);
                        assertThat(e.getMessage()).doesNotContain(key);
                    });
        }
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void any_other_key_is_a_bedrock_api_key_sent_as_a_bearer_token_instead_of_sigv4() {
        stub.on(BedrockWire.CONVERSE, BedrockWire.json(Replies.resource("bedrock/converse-response.json")));
        stub.on("/foundation-models", BedrockWire.json("{\"modelSummaries\":[]}"));
        stub.on("/inference-profiles", BedrockWire.json("{\"inferenceProfileSummaries\":[]}"));
        var provider = BedrockWire.provider(stub);
        var context = context(Credential.apiKey("api-key", "ABSKQmVkcm9ja0FQSUtleS1leGFtcGxl"));

        provider.complete(request(), context);
        provider.models(context);
        provider.complete(request(), BedrockWire.withKeys());

        var calls = stub.requests();
        assertThat(calls.subList(0, 3))
                .allSatisfy(call ->
                        assertThat(call.header("Authorization")).isEqualTo("Bearer ABSKQmVkcm9ja0FQSUtleS1leGFtcGxl"));
        assertThat(calls.get(3).header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
    }

    @Test
    void a_default_chain_that_finds_nothing_fails_as_unauthorized_without_the_sdks_details() {
        assertThatThrownBy(() -> BedrockWire.provider(stub).stream(request(), context(Credential.anonymous())))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isInstanceOf(ProviderFailure.Unauthorized.class);
                    assertThat(e.failure().message())
                            .startsWith("no AWS credentials")
                            .doesNotContain("Provider(");
                });
    }

    private static CallContext context(Credential credential) {
        return new CallContext(credential, "req-7", Duration.ofSeconds(10));
    }

    private static ChatRequest request() {
        return ChatRequest.of(BedrockWire.MODEL, Message.user("hi"));
    }
}
