package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.store.StorageFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** ServiceLoader finds the factory both on the module path (provides) and on the class path (META-INF/services). */
class JdbiStorageFactoryTest {

    private static final Module MODULE = JdbiStorageFactory.class.getModule();

    @Test
    void is_provided_by_the_module_descriptor() {
        assertThat(MODULE.getName()).isEqualTo("dev.switchboard.adapters.persistence");
        assertThat(MODULE.getDescriptor().provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(StorageFactory.class.getName());
            assertThat(provides.providers()).containsExactly(JdbiStorageFactory.class.getName());
        });
        assertThat(MODULE.getDescriptor().exports()).isEmpty();
    }

    @Test
    void is_found_by_service_loader_on_the_module_path() {
        // The test runs inside this module, which provides the service but does not use it; bootstrap declares `uses`.
        MODULE.addUses(StorageFactory.class);

        assertThat(ServiceLoader.load(StorageFactory.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(JdbiStorageFactory.class);
    }

    @Test
    void is_listed_in_meta_inf_services_for_class_path_runs() throws IOException {
        try (var in = MODULE.getResourceAsStream("META-INF/services/" + StorageFactory.class.getName())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(JdbiStorageFactory.class.getName());
        }
    }
}
