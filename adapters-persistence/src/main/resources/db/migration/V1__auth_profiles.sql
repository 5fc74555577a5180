-- One key of one provider. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- secret_ciphertext is "v1:" + base64(iv || AES-256-GCM ciphertext), never the key itself; NULL for providers without one.
-- Lengths follow the domain's checks: ProfileId <= 128, ProviderId <= 64, profile name <= 100 characters.
CREATE TABLE auth_profile (
    id                VARCHAR(128)             NOT NULL PRIMARY KEY,
    provider          VARCHAR(64)              NOT NULL,
    name              VARCHAR(100)             NOT NULL,
    secret_ciphertext VARCHAR                  NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT auth_profile_provider_name_key UNIQUE (provider, name)
);
