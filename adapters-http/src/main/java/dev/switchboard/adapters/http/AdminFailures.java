package dev.switchboard.adapters.http;

import dev.switchboard.adapters.http.ErrorResponses.Answer;
import dev.switchboard.application.AdminException;
import dev.switchboard.application.AdminFailure;
import dev.switchboard.openai.wire.ErrorBody;
import io.javalin.http.Context;

/**
 * Refused admin actions to HTTP, in the same error envelope as the rest of the API: an unknown provider or profile is
 * a 404, a name already taken a 409, an invalid field a 400 whose {@code param} names the field.
 */
final class AdminFailures {

    private static final String INVALID = "invalid_request_error";

    private AdminFailures() {}

    /** The Javalin exception handler for {@link AdminException}. */
    static void handle(AdminException error, Context ctx) {
        ErrorResponses.write(ctx, answer(error.failure()));
    }

    static Answer answer(AdminFailure failure) {
        String message = failure.message();
        return switch (failure) {
            case AdminFailure.UnknownProvider _ ->
                new Answer(404, new ErrorBody(message, INVALID, null, "provider_not_found"));
            case AdminFailure.UnknownProfile _ ->
                new Answer(404, new ErrorBody(message, INVALID, null, "profile_not_found"));
            case AdminFailure.NameTaken _ ->
                new Answer(409, new ErrorBody(message, INVALID, "name", "profile_name_taken"));
            case AdminFailure.InvalidField invalid ->
                new Answer(400, new ErrorBody(message, INVALID, invalid.field(), "invalid_value"));
            case AdminFailure.UnknownRoute _ ->
                new Answer(404, new ErrorBody(message, INVALID, null, "route_not_found"));
            case AdminFailure.ConfiguredRoute _ ->
                new Answer(409, new ErrorBody(message, INVALID, "name", "route_in_configuration"));
        };
    }

    /** A refusal of {@code field}'s value in a request. */
    static AdminException invalid(String field, String message) {
        return new AdminException(new AdminFailure.InvalidField(field, message));
    }
}
