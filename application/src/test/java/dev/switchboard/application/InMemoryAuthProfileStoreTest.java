package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.fixtures.AuthProfileStoreContract;

class InMemoryAuthProfileStoreTest extends AuthProfileStoreContract {

    @Override
    protected AuthProfileStore store() {
        return new InMemoryAuthProfileStore();
    }
}
