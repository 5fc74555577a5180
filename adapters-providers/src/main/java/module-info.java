/**
 * Switchboard's provider adapters: one package per model provider, each behind the domain's provider port. The module
 * exports nothing; the gateway finds each adapter through its {@code ModelProviderFactory}, published below.
 */
module dev.switchboard.adapters.providers {
    requires dev.switchboard.domain;
    requires dev.switchboard.openai.wire;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires com.google.auth;
    requires com.google.auth.oauth2;
    requires static org.jspecify;

    provides dev.switchboard.domain.provider.ModelProviderFactory with
            dev.switchboard.adapters.providers.mock.MockProviderFactory,
            dev.switchboard.adapters.providers.openai.OpenAiProviderFactory,
            dev.switchboard.adapters.providers.openai.AzureProviderFactory,
            dev.switchboard.adapters.providers.openai.CerebrasProviderFactory,
            dev.switchboard.adapters.providers.openai.OpenAiCompatibleProviderFactory,
            dev.switchboard.adapters.providers.anthropic.AnthropicProviderFactory,
            dev.switchboard.adapters.providers.ollama.OllamaProviderFactory,
            dev.switchboard.adapters.providers.gemini.GeminiProviderFactory;
}
