package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** H2 must not close the database in its own shutdown hook, before the gateway wrote what it keeps in memory. */
class EmbeddedShutdownTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:h2:file:./data/switchboard                    | jdbc:h2:file:./data/switchboard;DB_CLOSE_ON_EXIT=FALSE
            jdbc:h2:mem:x;DB_CLOSE_DELAY=-1                    | jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE
            jdbc:h2:file:./db;db_close_on_exit=true            | jdbc:h2:file:./db;db_close_on_exit=true
            """)
    void leaves_closing_to_the_gateway_unless_the_url_says_otherwise(String url, String used) {
        assertThat(Database.Embedded.closedByUs(url)).isEqualTo(used);
    }
}
