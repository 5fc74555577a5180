package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service-account key as the profile's secret: tokens fetched from its token_uri, cached, refreshed, sent. */
class GeminiOAuthTest {

    private static final String VERTEX_PATH = GoogleUpstream.VERTEX_PATH;

    private StubUpstream stub;
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile int expiresIn = 3600;

    @BeforeEach
    void start() {
        stub = GoogleUpstream.start("token", tokens, () -> expiresIn);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    /** A service-account key whose token endpoint is the stub. */
    static String serviceAccount(String tokenUri) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\\n"
                    + Base64.getEncoder()
                            .encodeToString(
                                    generator.generateKeyPair().getPrivate().getEncoded())
                    + "\\n-----END PRIVATE KEY-----\\n";
            return """
                    {"type":"service_account","project_id":"my-project","private_key_id":"k1","private_key":"%s",
                     "client_email":"switchboard@my-project.iam.gserviceaccount.com","client_id":"1",
                     "token_uri":"%s"}
                    """.formatted(pem, tokenUri);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private CallContext withServiceAccount() {
        var credential =
                Credential.apiKey("sa", serviceAccount(stub.base("/token").toString()));
        return new CallContext(credential, "req-7", Duration.ofSeconds(10));
    }

    private ModelProvider gemini(Object... extra) {
        var pairs = new Object[extra.length + 2];
        pairs[0] = "base_url";
        pairs[1] = stub.base("").toString();
        System.arraycopy(extra, 0, pairs, 2, extra.length);
        return new GeminiProviderFactory().create(settings("gemini", "gemini", pairs));
    }

    @Test
    void fetches_a_token_once_with_a_signed_assertion_and_sends_it_as_a_bearer() {
        var gemini = gemini();
        var context = withServiceAccount();

        gemini.complete(GeminiResponsesTest.REQUEST, context);
        gemini.complete(GeminiResponsesTest.REQUEST, context);

        assertThat(tokens).hasValue(1);
        var form = URLDecoder.decode(stub.requests().getFirst().text(), StandardCharsets.UTF_8);
        assertThat(form)
                .contains("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer")
                .contains("assertion=ey");
        var sent = stub.last();
        assertThat(sent.header("authorization")).isEqualTo("Bearer ya29.token-1");
        assertThat(sent.header("x-goog-api-key")).isNull();
        assertThat(sent.query()).isNull();
    }

    @Test
    void refreshes_a_token_that_is_about_to_expire_before_the_next_call() {
        expiresIn = 1;
        var gemini = gemini();
        var context = withServiceAccount();

        gemini.complete(GeminiResponsesTest.REQUEST, context);
        gemini.complete(GeminiResponsesTest.REQUEST, context);

        assertThat(tokens).hasValue(2);
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.token-2");
    }

    @Test
    void vertex_ai_takes_the_project_from_the_service_account_and_the_same_mapping() {
        var gemini = gemini("vertex", "true");

        var response = gemini.complete(GeminiResponsesTest.REQUEST, withServiceAccount());

        assertThat(response.message().content()).startsWith("The capital of Wyoming");
        assertThat(stub.last().path()).isEqualTo(VERTEX_PATH);
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.token-1");
        assertThat(gemini.health(withServiceAccount()).up()).isTrue();
        assertThat(gemini.models(withServiceAccount())).isEmpty();
    }

    @Test
    void vertex_ai_refuses_a_plain_api_key_without_calling() {
        var gemini = gemini("vertex_project", "my-project");

        assertThatThrownBy(() -> gemini.complete(
                        GeminiResponsesTest.REQUEST, dev.switchboard.adapters.providers.testing.Contexts.withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Unauthorized.class));
        assertThatThrownBy(() -> gemini.embed(
                        dev.switchboard.domain.embedding.EmbeddingRequest.of("gemini-embedding-001", "x"),
                        dev.switchboard.adapters.providers.testing.Contexts.withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Unauthorized.class));
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void a_token_endpoint_that_refuses_the_key_makes_the_profile_unauthorized() {
        stub.on("/token", json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}"));

        assertThatThrownBy(() -> gemini().complete(GeminiResponsesTest.REQUEST, withServiceAccount()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.Unauthorized(
                                        "Google's token endpoint refused the OAuth 2 credentials")));
    }

    @Test
    void json_that_is_not_a_service_account_key_is_unauthorized_without_quoting_it() {
        var context = new CallContext(
                Credential.apiKey("bad", "{\"type\":\"authorized_user\",\"secret\":\"s3cr3t\"}"),
                "req-8",
                Duration.ofSeconds(10));

        assertThatThrownBy(() -> gemini().complete(GeminiResponsesTest.REQUEST, context))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure().message())
                                .doesNotContain("s3cr3t")
                                .contains("not a readable Google service-account key"));
    }
}
