package dev.switchboard.adapters.http;

/** Who may read {@code /metrics}. */
public enum MetricsAccess {
    /** Nobody: the endpoint is not served (404). */
    OFF,
    /** Whoever may call the API: a client API key when any is configured, like {@code /v1}. */
    KEYS,
    /** Anyone who reaches the port, like {@code /healthz}: for a scraper inside a private network. */
    OPEN
}
