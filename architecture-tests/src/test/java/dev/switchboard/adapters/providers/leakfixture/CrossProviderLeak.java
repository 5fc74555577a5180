package dev.switchboard.adapters.providers.leakfixture;

import dev.switchboard.adapters.providers.mock.MockProviderFactory;

/**
 * A public provider class that reaches into another provider's package and holds a monitor; its nested class carries
 * a name the style bans, so that the naming rule has something to report.
 */
public final class CrossProviderLeak {

    public synchronized String borrowedType() {
        return new MockProviderFactory().type();
    }

    /** The banned name, kept here alone on purpose. */
    public static final class Helper {}
}
