package dev.switchboard.application;

import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.fixtures.ModelCatalogStoreContract;

class InMemoryModelCatalogStoreTest extends ModelCatalogStoreContract {

    @Override
    protected ModelCatalogStore store() {
        return new InMemoryModelCatalogStore();
    }
}
