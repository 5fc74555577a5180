package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.store.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenFailureTest {

    private static final StorageSettings SETTINGS = new StorageSettings(
            "jdbc:postgresql://db/app?password=inline-pw", "app", Secret.of("given-pw"), TestDatabases.masterKey());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://db/app?user=u&password=s3cr3t&ssl=true | jdbc:postgresql://db/app?user=u&password=***&ssl=true",
                "jdbc:h2:file:./data/x;USER=sa;PASSWORD=s3cr3t;MODE=PostgreSQL | jdbc:h2:file:./data/x;USER=sa;PASSWORD=***;MODE=PostgreSQL",
                "login failed, password given-pw was refused | login failed, password *** was refused",
                "jdbc:h2:mem:plain | jdbc:h2:mem:plain"
            })
    void redacts_passwords(String text, String expected) {
        assertThat(OpenFailure.redact(text, SETTINGS)).isEqualTo(expected);
    }

    @Test
    void names_the_url_and_the_reason_and_keeps_a_harmless_cause() {
        var cause = new IllegalStateException("connection refused");

        var failure = OpenFailure.of("cannot open", SETTINGS, cause);

        assertThat(failure)
                .hasMessage("cannot open jdbc:postgresql://db/app?password=***: connection refused")
                .hasCause(cause);
    }

    @Test
    void leaves_out_a_cause_that_would_show_the_password() {
        var cause = new IllegalStateException("wrapped", new IllegalStateException("bad password given-pw"));

        var failure = OpenFailure.of("cannot open", SETTINGS, cause);

        assertThat(failure).hasNoCause().message().doesNotContain("given-pw", "inline-pw");
    }
}
