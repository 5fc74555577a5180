package dev.switchboard.application;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.util.Objects;

/**
 * Why an admin action was refused. Callers switch over it without a default, so the HTTP mapping breaks at compile
 * time when a reason is added. Messages are fit for an operator: they name the field or the thing, never a secret.
 */
public sealed interface AdminFailure {

    /** A sentence saying what was wrong. */
    String message();

    /** No provider of that id is configured. */
    record UnknownProvider(ProviderId provider) implements AdminFailure {
        public UnknownProvider {
            Objects.requireNonNull(provider, "provider");
        }

        @Override
        public String message() {
            return "No provider named '" + provider + "' is configured.";
        }
    }

    /** The provider has no profile of that id. */
    record UnknownProfile(ProviderId provider, ProfileId profile) implements AdminFailure {
        public UnknownProfile {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public String message() {
            return "Provider '" + provider + "' has no auth profile with id '" + profile + "'.";
        }
    }

    /** Another profile of the provider already has the name; names are unique per provider. */
    record NameTaken(ProviderId provider, String name) implements AdminFailure {
        public NameTaken {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String message() {
            return "Provider '" + provider + "' already has an auth profile named '" + name + "'.";
        }
    }

    /**
     * A value is missing or out of range.
     *
     * @param field the field at fault, as the admin API spells it ({@code name}, {@code weight}, ...)
     * @param message what is wrong with it, naming the field
     */
    record InvalidField(String field, String message) implements AdminFailure {
        public InvalidField {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    /** No route (alias or fallback chain) has that name. */
    record UnknownRoute(String name) implements AdminFailure {
        public UnknownRoute {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String message() {
            return "No alias or fallback chain is named '" + name + "'.";
        }
    }

    /** The route is defined in the configuration file, which is where it must be changed. */
    record ConfiguredRoute(String name) implements AdminFailure {
        public ConfiguredRoute {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String message() {
            return "'" + name + "' is defined in the configuration file; change it there.";
        }
    }
}
