package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpApiTest {

    @Test
    void binds_a_free_port_when_asked_for_port_zero_and_stops() throws Exception {
        try (var gateway = Api.gateway(new FakeModelProvider());
                var api = HttpApi.create(gateway, HttpSettings.open(0)).start();
                var http = HttpClient.newHttpClient()) {
            assertThat(api.port()).isPositive();
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/healthz"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
            api.stop();
            api.stop();
        }
    }

    @Test
    void checks_its_settings() {
        assertThatThrownBy(() -> new HttpSettings(" ", 80, List.of(), List.of(), List.of(), true, 1))
                .hasMessage("server host must not be blank");
        assertThatThrownBy(() -> new HttpSettings("localhost", 70_000, List.of(), List.of(), List.of(), true, 1))
                .hasMessage("server port must be between 0 and 65535");
        assertThatThrownBy(() -> new HttpSettings("localhost", 80, List.of(), List.of(), List.of(), true, 0))
                .hasMessage("max body bytes must be positive");
        assertThat(HttpSettings.open(8080).maxBodyBytes()).isEqualTo(HttpSettings.DEFAULT_MAX_BODY_BYTES);
    }
}
