package dev.switchboard.application;

/** Where one request goes: the configured provider and the provider's own name of the model. */
record Target(ProviderEntry provider, String model) {}
