package dev.switchboard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The packaged gateway with three {@code gemini} providers over one {@link GeminiUpstream}: {@code gemini}, whose
 * profile holds an API key; {@code gemini-sa}, whose profile holds a service-account JSON key whose {@code token_uri} is
 * the stub's {@code /token}; and {@code gemini-adc}, with {@code auth: adc} and no profile, the gateway process's
 * {@code GOOGLE_APPLICATION_CREDENTIALS} naming a service-account file whose {@code token_uri} is the stub's
 * {@code /adc/token}. The first two secrets reach the configuration as {@code ${VAR}}. The client is the official
 * OpenAI SDK, without retries.
 */
final class GeminiGateway extends StubbedGateway<GeminiUpstream> {

    static final String KEY_PROVIDER = "gemini";
    static final String SA_PROVIDER = "gemini-sa";
    static final String ADC_PROVIDER = "gemini-adc";

    private static final String CLIENT_KEY = "sk-switchboard-e2e-gemini-client";

    private GeminiGateway(GeminiUpstream upstream, PackagedGateway gateway) {
        super(upstream, gateway, CLIENT_KEY);
    }

    static GeminiGateway start(Path workDir) throws IOException, InterruptedException {
        var upstream = GeminiUpstream.start();
        try {
            Path config = Files.writeString(workDir.resolve("switchboard.yaml"), yaml(upstream.root()));
            Path adc = Files.writeString(
                    workDir.resolve("application_default_credentials.json"),
                    serviceAccount(upstream.root() + "/adc/token"));
            var variables = Map.of(
                    "GOOGLE_APPLICATION_CREDENTIALS",
                    adc.toAbsolutePath().toString(),
                    "E2E_CLIENT_KEY",
                    CLIENT_KEY,
                    "E2E_GEMINI_KEY",
                    GeminiUpstream.KEY,
                    "E2E_GEMINI_SERVICE_ACCOUNT",
                    serviceAccount(upstream.root() + "/token"));
            return new GeminiGateway(upstream, PackagedGateway.start(workDir, config, variables));
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            upstream.close();
            throw e;
        }
    }

    /** A service-account key with a fresh RSA key, whose token endpoint is the stub. */
    private static String serviceAccount(String tokenUri) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\\n"
                    + Base64.getEncoder()
                            .encodeToString(
                                    generator.generateKeyPair().getPrivate().getEncoded())
                    + "\\n-----END PRIVATE KEY-----\\n";
            return ("{\"type\":\"service_account\",\"project_id\":\"e2e-project\",\"private_key_id\":\"k1\","
                            + "\"private_key\":\"%s\",\"client_email\":\"switchboard@e2e-project.iam.gserviceaccount.com\","
                            + "\"client_id\":\"1\",\"token_uri\":\"%s\"}")
                    .formatted(pem, tokenUri);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String yaml(String root) {
        return """
                server:
                  request_timeout_s: 30
                security:
                  api_keys: ["${E2E_CLIENT_KEY}"]
                providers:
                  - id: %s
                    type: gemini
                    base_url: "%s"
                    api_keys:
                      - { name: primary, value: "${E2E_GEMINI_KEY}" }
                  - id: %s
                    type: gemini
                    base_url: "%s"
                    connect_timeout: 5s
                    api_keys:
                      - { name: service-account, value: "${E2E_GEMINI_SERVICE_ACCOUNT}" }
                  - id: %s
                    type: gemini
                    base_url: "%s"
                    auth: adc
                """.formatted(KEY_PROVIDER, root, SA_PROVIDER, root, ADC_PROVIDER, root);
    }
}
