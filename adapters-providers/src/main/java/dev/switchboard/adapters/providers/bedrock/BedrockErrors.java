package dev.switchboard.adapters.providers.bedrock;

import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.UpstreamError;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The SDK's exceptions as domain failures
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html">errors</a>). The error code
 * decides, since the same code comes from the runtime, the control plane and inside a stream (where it is written
 * {@code throttlingException}): throttling and quota errors are {@code RateLimited}, a model that is loading or a
 * service that is unavailable {@code Unavailable} 503, a model timeout {@code Timeout}, a key AWS does not know or a bad
 * signature {@code Unauthorized}; other codes go to the shared status table (a 400 that says the input is too long is
 * {@code ContextLengthExceeded}). Connection problems and the SDK's own timeouts are {@code Network} and
 * {@code Timeout}. Messages are AWS's message alone: never the exception's class, request id or service name.
 */
final class BedrockErrors {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    private BedrockErrors() {}

    static ProviderException of(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ProviderException known) return known;
        return new ProviderException(failure(e), e);
    }

    static ProviderFailure failure(Throwable e) {
        return switch (e) {
            case AwsServiceException service -> service(service);
            case ApiCallTimeoutException t -> new ProviderFailure.Timeout("Bedrock did not answer in time");
            case ApiCallAttemptTimeoutException t -> new ProviderFailure.Timeout("Bedrock did not answer in time");
            default -> connection(e);
        };
    }

    private static ProviderFailure service(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String text = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        String message = text == null || text.isBlank() ? "Bedrock answered HTTP " + e.statusCode() : text;
        String kind = code == null ? "" : code.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "throttlingexception", "servicequotaexceededexception", "toomanyrequestsexception" ->
                new ProviderFailure.RateLimited(message, null);
            case "modelnotreadyexception", "serviceunavailableexception" ->
                new ProviderFailure.Unavailable(503, "Bedrock is unavailable: " + message);
            case "modeltimeoutexception" -> new ProviderFailure.Timeout("the model did not answer in time: " + message);
            case "unrecognizedclientexception",
                    "expiredtokenexception",
                    "invalidsignatureexception",
                    "incompletesignatureexception",
                    "missingauthenticationtokenexception",
                    "invalidclienttokenid" -> new ProviderFailure.Unauthorized(message);
            case "accessdeniedexception" -> new ProviderFailure.Forbidden(message);
            case "resourcenotfoundexception" -> new ProviderFailure.ModelNotFound(message);
            case "modelerrorexception", "modelstreamerrorexception", "internalserverexception" ->
                new ProviderFailure.Unavailable(502, "the model failed: " + message);
            default -> Failures.fromStatus(status(e), NO_HEADERS, new UpstreamError(message, code, code, null));
        };
    }

    /** An exception inside a stream has no status of its own; it counts as the upstream failing. */
    private static int status(AwsServiceException e) {
        return e.statusCode() >= 400 ? e.statusCode() : 502;
    }

    private static ProviderFailure connection(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case SocketTimeoutException t -> {
                    return new ProviderFailure.Timeout("Bedrock did not answer in time");
                }
                case UnknownHostException u -> {
                    return new ProviderFailure.Network("could not resolve Bedrock's host name");
                }
                case ConnectException c -> {
                    return new ProviderFailure.Network("could not connect to Bedrock (refused or unreachable)");
                }
                case IOException io -> {
                    return Failures.fromIo(io);
                }
                default -> {}
            }
        }
        if (e instanceof SdkClientException
                && String.valueOf(e.getMessage()).startsWith("Unable to load credentials")) {
            return new ProviderFailure.Unauthorized("no AWS credentials: the default credential chain found none"
                    + " (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE or a role, or give the auth"
                    + " profile keys)");
        }
        if (e instanceof SdkClientException && saysConnection(e.getMessage())) {
            return new ProviderFailure.Network("could not connect to Bedrock (refused or unreachable)");
        }
        return new ProviderFailure.Network("the connection to Bedrock broke");
    }

    /** The CRT client reports connection failures as messages, without a Java cause. */
    private static boolean saysConnection(@Nullable String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("connect");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
