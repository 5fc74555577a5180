package dev.switchboard.adapters.providers.leakfixture;

import dev.switchboard.adapters.providers.mock.MockProviderFactory;

/** A public provider class that reaches into another provider's package, with a banned name and a monitor. */
public final class CrossProviderHelper {

    public synchronized String borrowedType() {
        return new MockProviderFactory().type();
    }
}
