/**
 * Switchboard's core: the versioned provider port, the records every endpoint speaks, the one failure model and the
 * normalization rules. Pure Java; it depends on nothing but JSpecify's annotations.
 */
module dev.switchboard.domain {
    requires static transitive org.jspecify;

    exports dev.switchboard.domain.json;
    exports dev.switchboard.domain.model;
    exports dev.switchboard.domain.catalog;
    exports dev.switchboard.domain.chat;
    exports dev.switchboard.domain.completion;
    exports dev.switchboard.domain.embedding;
    exports dev.switchboard.domain.audio;
    exports dev.switchboard.domain.rerank;
    exports dev.switchboard.domain.provider;
    exports dev.switchboard.domain.auth;
    exports dev.switchboard.domain.store;
    exports dev.switchboard.domain.normalize;
    exports dev.switchboard.domain.rotation;
    exports dev.switchboard.domain.usage;
    exports dev.switchboard.domain.telemetry;
}
