package dev.switchboard.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods a {@link FamilyGateway} parameter: one gateway and one stub for the whole run, started on first
 * use and stopped when the run ends, so the OpenAI-family end-to-end tests pay for one start-up.
 */
final class SharedFamilyGateway implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FamilyGateway.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FamilyGateway.class;
    }

    @Override
    public FamilyGateway resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(FamilyGateway.class, key -> start(), FamilyGateway.class);
    }

    private static FamilyGateway start() {
        try {
            return FamilyGateway.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway or its stub upstream did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the gateway started", e);
        }
    }
}
