package dev.switchboard.application;

import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.fixtures.RouteStoreContract;

class InMemoryRouteStoreTest extends RouteStoreContract {

    @Override
    protected RouteStore store() {
        return new InMemoryRouteStore();
    }
}
