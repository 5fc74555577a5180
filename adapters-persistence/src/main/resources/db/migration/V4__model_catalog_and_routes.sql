-- Issue 6: each provider's last good model list, and the routes (aliases and fallback chains) clients may name.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+. Timestamps keep microseconds on both.
-- A save replaces a parent row's children whole, in one transaction; deleting the parent deletes its children.

-- One row per provider whose listing was ever saved; a listing of no models is a row without models.
CREATE TABLE catalog_listing (
    provider   VARCHAR(64)              NOT NULL PRIMARY KEY,
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The models of a listing, in the order the provider listed them (position 0 first). Model names are the provider's
-- own and unbounded: they may hold '/', ':' and spaces. capabilities: Capability names joined by ',', '' for none
-- known. The nullable columns are facts the provider and the capability table did not know.
CREATE TABLE catalog_model (
    provider          VARCHAR(64)   NOT NULL REFERENCES catalog_listing (provider) ON DELETE CASCADE,
    position          INTEGER       NOT NULL,
    model             VARCHAR       NOT NULL,
    created           BIGINT        NOT NULL,
    owned_by          VARCHAR       NOT NULL,
    capabilities      VARCHAR(1000) NOT NULL,
    context_window    INTEGER       NULL,
    max_output_tokens INTEGER       NULL,
    display_name      VARCHAR       NULL,
    dimensions        INTEGER       NULL,
    CONSTRAINT catalog_model_pkey PRIMARY KEY (provider, position),
    CONSTRAINT catalog_model_position_check CHECK (position >= 0),
    CONSTRAINT catalog_model_created_check CHECK (created >= 0),
    CONSTRAINT catalog_model_limits_check CHECK (
        (context_window IS NULL OR context_window > 0)
        AND (max_output_tokens IS NULL OR max_output_tokens > 0)
        AND (dimensions IS NULL OR dimensions > 0))
);

-- A name clients may send as model. Route names follow the domain: at most 200 characters. balanced: spread requests
-- over the targets by weight rather than trying them in order. origin: as auth_profile's.
CREATE TABLE model_route (
    name       VARCHAR(200)             NOT NULL PRIMARY KEY,
    balanced   BOOLEAN                  NOT NULL,
    origin     VARCHAR(16)              NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT model_route_origin_check CHECK (origin IN ('config', 'admin'))
);

-- A route's targets, first choice at position 0; the domain allows at most 16 and weights of 1 to 1000.
CREATE TABLE model_route_target (
    route_name VARCHAR(200) NOT NULL REFERENCES model_route (name) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    provider   VARCHAR(64)  NOT NULL,
    model      VARCHAR      NOT NULL,
    weight     INTEGER      NOT NULL,
    CONSTRAINT model_route_target_pkey PRIMARY KEY (route_name, position),
    CONSTRAINT model_route_target_position_check CHECK (position BETWEEN 0 AND 15),
    CONSTRAINT model_route_target_weight_check CHECK (weight BETWEEN 1 AND 1000)
);
