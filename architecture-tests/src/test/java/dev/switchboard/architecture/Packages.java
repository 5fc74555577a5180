package dev.switchboard.architecture;

/** The package patterns the rules speak of, one per module or layer. */
final class Packages {

    static final String ROOT = "dev.switchboard";
    static final String DOMAIN = "dev.switchboard.domain..";
    static final String APPLICATION = "dev.switchboard.application..";
    static final String ADAPTERS = "dev.switchboard.adapters..";
    static final String HTTP = "dev.switchboard.adapters.http..";
    static final String PROVIDERS = "dev.switchboard.adapters.providers..";
    static final String PERSISTENCE = "dev.switchboard.adapters.persistence..";
    static final String WIRE = "dev.switchboard.openai.wire..";
    static final String BOOTSTRAP = "dev.switchboard.bootstrap..";

    static final String JAVA = "java..";
    static final String JSPECIFY = "org.jspecify..";
    static final String JAVALIN = "io.javalin..";
    static final String JDBI = "org.jdbi..";
    static final String FLYWAY = "org.flywaydb..";
    static final String JACKSON = "com.fasterxml.jackson..";
    static final String JAVA_HTTP = "java.net.http..";
    static final String CAFFEINE = "com.github.benmanes.caffeine..";
    static final String RESILIENCE4J = "io.github.resilience4j..";
    static final String JTOKKIT = "com.knuddels.jtokkit..";
    static final String AWS_SDK = "software.amazon..";
    static final String BEDROCK = "dev.switchboard.adapters.providers.bedrock..";
    static final String MICROMETER = "io.micrometer..";
    static final String OPENTELEMETRY = "io.opentelemetry..";

    private Packages() {}
}
