/**
 * AWS Bedrock behind the OpenAI-compatible surface, through the AWS SDK for Java v2: chat with {@code Converse} and
 * {@code ConverseStream}, embeddings with {@code InvokeModel} (Titan and Cohere), the model list from
 * {@code ListFoundationModels} and {@code ListInferenceProfiles}. The SDK signs (SigV4), decodes the binary event
 * stream and resolves the default credential chain. No AWS type leaves this package;
 * {@link dev.switchboard.adapters.providers.bedrock.BedrockProviderFactory} is its only public type.
 */
@NullMarked
package dev.switchboard.adapters.providers.bedrock;

import org.jspecify.annotations.NullMarked;
