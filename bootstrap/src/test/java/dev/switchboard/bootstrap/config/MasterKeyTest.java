package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MasterKeyTest {

    private static final String VALID = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void takes_the_key_from_the_environment_first() {
        var keyFile = dir.resolve("master.key");

        var key = MasterKey.resolve(Map.of("SWITCHBOARD_MASTER_KEY", " " + VALID + "\n"), keyFile);

        assertThat(key.reveal()).isEqualTo(VALID);
        assertThat(keyFile).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-base64-sk-secret!",
                "c2stc2hvcnQ=",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            })
    void rejects_an_environment_key_that_is_not_32_bytes_without_showing_it(String value) {
        assertThatThrownBy(() -> MasterKey.resolve(Map.of("SWITCHBOARD_MASTER_KEY", value), dir.resolve("master.key")))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("SWITCHBOARD_MASTER_KEY: must be the base64 encoding of 32 bytes"))
                .message()
                .doesNotContain(value);
    }

    @Test
    void creates_a_key_file_readable_only_by_its_owner() throws IOException {
        var keyFile = dir.resolve("data").resolve("master.key");

        var key = MasterKey.resolve(Map.of(), keyFile);

        assertThat(Base64.getDecoder().decode(key.reveal())).hasSize(32);
        assertThat(Files.readString(keyFile).trim()).isEqualTo(key.reveal());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        try (var files = Files.list(keyFile.getParent())) {
            assertThat(files).containsExactly(keyFile);
        }
    }

    @Test
    void rereads_the_key_it_created() {
        var keyFile = dir.resolve("master.key");

        var first = MasterKey.resolve(Map.of(), keyFile);
        var second = MasterKey.resolve(Map.of("SWITCHBOARD_MASTER_KEY", " "), keyFile);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void processes_starting_together_all_end_with_the_same_key() throws Exception {
        var keyFile = dir.resolve("shared.key");
        var start = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = IntStream.range(0, 16)
                    .mapToObj(i -> executor.submit(() -> {
                        start.await();
                        return MasterKey.resolve(Map.of(), keyFile);
                    }))
                    .toList();
            start.countDown();
            var keys = new HashSet<Secret>();
            for (var future : futures) keys.add(future.get());
            assertThat(keys).hasSize(1);
        }
    }

    @Test
    void creates_a_different_key_each_time() {
        var one = MasterKey.resolve(Map.of(), dir.resolve("one.key"));
        var two = MasterKey.resolve(Map.of(), dir.resolve("two.key"));

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void rejects_a_key_file_that_does_not_hold_a_key_without_showing_its_content() throws IOException {
        var keyFile = Files.writeString(dir.resolve("master.key"), "sk-not-a-key\n");

        assertThatThrownBy(() -> MasterKey.resolve(Map.of(), keyFile))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(keyFile + ": must hold the base64 encoding of 32 bytes"))
                .message()
                .doesNotContain("sk-not-a-key");
    }

    @Test
    void reports_a_key_file_that_cannot_be_created() throws IOException {
        var blocker = Files.writeString(dir.resolve("blocker"), "a file, not a directory");
        var keyFile = blocker.resolve("master.key");

        assertThatThrownBy(() -> MasterKey.resolve(Map.of(), keyFile))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(keyFile + ": cannot "));
    }

    @Test
    void uses_the_default_file_under_data() {
        assertThat(MasterKey.DEFAULT_FILE).isEqualTo(Path.of("data", "master.key"));
    }
}
