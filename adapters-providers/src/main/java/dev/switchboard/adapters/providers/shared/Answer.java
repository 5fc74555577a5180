package dev.switchboard.adapters.providers.shared;

import java.net.http.HttpHeaders;

/** A whole 2xx answer of an upstream: its status, headers and body. */
public final class Answer {

    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    Answer(int status, HttpHeaders headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The body's bytes; the array is the answer's own, so do not change it. */
    public byte[] body() {
        return body;
    }

    /** The {@code Content-Type} header, or the given default when the upstream sent none. */
    public String contentType(String fallback) {
        return headers.firstValue("content-type").orElse(fallback);
    }
}
