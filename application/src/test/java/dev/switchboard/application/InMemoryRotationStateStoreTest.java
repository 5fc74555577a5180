package dev.switchboard.application;

import dev.switchboard.domain.fixtures.RotationStateStoreContract;
import dev.switchboard.domain.store.Storage;

class InMemoryRotationStateStoreTest extends RotationStateStoreContract {

    @Override
    protected Storage storage() {
        return new InMemoryStorage();
    }
}
