-- Issue 5: who created a profile. Seeding at start-up removes only the configuration's own profiles that the file no
-- longer names; profiles created through the admin API survive restarts. Portable SQL: H2 2.x and PostgreSQL 15+.
-- The rows already there were all seeded from the configuration.
ALTER TABLE auth_profile ADD COLUMN origin VARCHAR(16) DEFAULT 'config' NOT NULL;
ALTER TABLE auth_profile ADD CONSTRAINT auth_profile_origin_check CHECK (origin IN ('config', 'admin'));
