package dev.switchboard.application;

import dev.switchboard.domain.provider.CallContext;

/**
 * Where one request goes: the provider, the provider's own model name, and the call context (key, request id,
 * timeout) to send it with.
 */
record Route(ProviderEntry provider, String model, CallContext call) {}
