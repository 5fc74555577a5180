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
    // AWS SDK v2 (automatic modules), used by the bedrock package alone.
    requires software.amazon.awssdk.services.bedrockruntime;
    requires software.amazon.awssdk.services.bedrock;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.http.urlconnection;
    requires software.amazon.awssdk.http.crt;
    requires software.amazon.awssdk.utils;
    requires org.reactivestreams;

    provides dev.switchboard.domain.provider.ModelProviderFactory with
            dev.switchboard.adapters.providers.mock.MockProviderFactory,
            dev.switchboard.adapters.providers.openai.OpenAiProviderFactory,
            dev.switchboard.adapters.providers.openai.AzureProviderFactory,
            dev.switchboard.adapters.providers.openai.CerebrasProviderFactory,
            dev.switchboard.adapters.providers.openai.OpenAiCompatibleProviderFactory,
            dev.switchboard.adapters.providers.anthropic.AnthropicProviderFactory,
            dev.switchboard.adapters.providers.ollama.OllamaProviderFactory,
            dev.switchboard.adapters.providers.gemini.GeminiProviderFactory,
            dev.switchboard.adapters.providers.bedrock.BedrockProviderFactory;
}
