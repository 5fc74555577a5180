package dev.switchboard.adapters.http;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A failure the HTTP layer itself decides (missing key, unknown provider, body too large, wrong content type), with
 * the status and the fields of the error envelope. No stack trace: it is an answer, not a bug.
 */
final class HttpFailure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final @Nullable String param;
    private final @Nullable String code;

    HttpFailure(int status, String type, String message, @Nullable String param, @Nullable String code) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    static HttpFailure invalidRequest(int status, String message, @Nullable String code) {
        return new HttpFailure(status, "invalid_request_error", message, null, code);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    @Nullable
    String param() {
        return param;
    }

    @Nullable
    String code() {
        return code;
    }
}
