package dev.switchboard.application;

import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ModelProvider;
import java.time.Duration;

/** One configured provider: its adapter and the time one call to it may take. */
record ProviderEntry(ProviderId id, String type, ModelProvider adapter, Duration timeout) {}
