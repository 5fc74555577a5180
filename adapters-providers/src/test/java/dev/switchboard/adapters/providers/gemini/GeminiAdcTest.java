package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auth: adc}: the application default credentials found through {@code GOOGLE_APPLICATION_CREDENTIALS} (read
 * through the factory's environment function, not the process's), tokens fetched from the file's {@code token_uri},
 * cached, refreshed ahead of expiry and sent as the bearer, whatever the profile holds.
 */
class GeminiAdcTest {

    private static final String VERTEX_PATH = GoogleUpstream.VERTEX_PATH;

    @TempDir
    Path dir;

    private StubUpstream stub;
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile int expiresIn = 3600;

    @BeforeEach
    void start() {
        stub = GoogleUpstream.start("adc", tokens, () -> expiresIn);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("adc.json"), content);
    }

    private Path serviceAccountFile() throws IOException {
        return file(GeminiOAuthTest.serviceAccount(stub.base("/token").toString()));
    }

    private ModelProvider adc(Path file, String... extra) {
        Map<String, String> environment = Map.of(GeminiDefaultCredentials.VARIABLE, file.toString());
        var pairs = new Object[extra.length + 4];
        pairs[0] = "base_url";
        pairs[1] = stub.base("").toString();
        pairs[2] = "auth";
        pairs[3] = "adc";
        System.arraycopy(extra, 0, pairs, 4, extra.length);
        return new GeminiProviderFactory(environment::get).create(settings("gemini", "gemini", pairs));
    }

    @Test
    void fetches_one_token_from_the_files_token_uri_and_sends_it_as_the_bearer_on_every_call() throws IOException {
        var gemini = adc(serviceAccountFile());

        gemini.complete(GeminiResponsesTest.REQUEST, anonymous());
        gemini.complete(GeminiResponsesTest.REQUEST, anonymous());

        assertThat(tokens).hasValue(1);
        assertThat(stub.requests()).extracting(StubUpstream.Recorded::path).containsOnlyOnce("/token");
        var form = URLDecoder.decode(stub.requests().getFirst().text(), StandardCharsets.UTF_8);
        assertThat(form).contains("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer");
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.adc-1");
        assertThat(stub.last().path()).isEqualTo(GeminiResponsesTest.PATH);
    }

    @Test
    void refreshes_the_token_ahead_of_its_expiry_rather_than_sending_one_about_to_lapse() throws IOException {
        // Two minutes left is still a valid token, but inside the library's refresh margin: it must not be reused.
        expiresIn = 120;
        var gemini = adc(serviceAccountFile());

        gemini.complete(GeminiResponsesTest.REQUEST, anonymous());
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.adc-1");
        gemini.complete(GeminiResponsesTest.REQUEST, anonymous());

        assertThat(tokens).hasValue(2);
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.adc-2");
    }

    @Test
    void ignores_the_profiles_api_key_and_sends_only_the_bearer() throws IOException {
        var gemini = adc(serviceAccountFile());

        gemini.complete(GeminiResponsesTest.REQUEST, withKey());

        assertThat(stub.last().header("x-goog-api-key")).isNull();
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.adc-1");
    }

    @Test
    void vertex_ai_takes_the_project_from_the_default_service_account() throws IOException {
        var gemini = adc(serviceAccountFile(), "vertex", "true");

        var response = gemini.complete(GeminiResponsesTest.REQUEST, anonymous());

        assertThat(response.message().content()).startsWith("The capital of Wyoming");
        assertThat(stub.last().path()).isEqualTo(VERTEX_PATH);
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.adc-1");
        assertThat(gemini.health(anonymous()).up()).isTrue();
    }

    @Test
    void reads_a_users_refresh_token_file_as_gcloud_writes_it() throws IOException {
        var gemini = adc(file("""
                {"type":"authorized_user","client_id":"c1.apps.googleusercontent.com","client_secret":"cs-1",
                 "refresh_token":"1//refresh","token_uri":"%s"}
                """.formatted(stub.base("/token"))));

        gemini.complete(GeminiResponsesTest.REQUEST, anonymous());

        var form = URLDecoder.decode(stub.requests().getFirst().text(), StandardCharsets.UTF_8);
        assertThat(form).contains("grant_type=refresh_token").contains("refresh_token=1//refresh");
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.adc-1");
    }

    @Test
    void an_unreadable_credentials_file_is_unauthorized_without_quoting_it() throws IOException {
        var broken = adc(file("{\"type\":\"service_account\",\"private_key\":\"s3cr3t\"}"));
        var missing = adc(dir.resolve("nowhere.json"));

        for (var gemini : new ModelProvider[] {broken, missing}) {
            assertThatThrownBy(() -> gemini.complete(GeminiResponsesTest.REQUEST, anonymous()))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.failure()).isInstanceOf(ProviderFailure.Unauthorized.class);
                        assertThat(e.failure().message())
                                .isEqualTo("the file GOOGLE_APPLICATION_CREDENTIALS names is not a readable Google"
                                        + " credentials file");
                    });
        }
        assertThat(stub.requests()).isEmpty();
    }
}
