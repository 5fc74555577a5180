package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads single values of the configuration tree, accepting text where a number or flag is meant (as the environment gives). */
final class Scalars {

    private Scalars() {}

    /** Non-blank text; a number or flag counts as its text. A list, a mapping or blank text is reported. */
    static Optional<String> text(JsonValue value, String path, Problems problems) {
        Optional<String> text = switch (value) {
            case JsonValue.Str s -> Optional.of(s.value());
            case JsonValue.Num n -> Optional.of(n.value().toPlainString());
            case JsonValue.Bool b -> Optional.of(Boolean.toString(b.value()));
            case JsonValue.Null _ -> Optional.empty();
            case JsonValue.Arr _, JsonValue.Obj _ -> {
                problems.addOnce(path, "must be text");
                yield Optional.empty();
            }
        };
        if (text.isPresent() && text.get().isBlank()) {
            problems.addOnce(path, "must not be blank");
            return Optional.empty();
        }
        return text;
    }

    static Optional<Long> whole(JsonValue value) {
        try {
            return switch (value) {
                case JsonValue.Num n -> Optional.of(n.value().longValueExact());
                case JsonValue.Str s -> Optional.of(new BigDecimal(s.value().trim()).longValueExact());
                default -> Optional.empty();
            };
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A number, written as one or as text. */
    static Optional<Double> decimal(JsonValue value) {
        try {
            return switch (value) {
                case JsonValue.Num n -> Optional.of(n.value().doubleValue());
                case JsonValue.Str s -> Optional.of(new BigDecimal(s.value().trim()).doubleValue());
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> bool(JsonValue value) {
        return switch (value) {
            case JsonValue.Bool b -> Optional.of(b.value());
            case JsonValue.Str s when s.value().trim().equalsIgnoreCase("true") -> Optional.of(true);
            case JsonValue.Str s when s.value().trim().equalsIgnoreCase("false") -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
