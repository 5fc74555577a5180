package dev.switchboard.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A signature shows no {@code Object}: not as a parameter or return type, not as an array's element and not as a
 * type argument, so {@code Map<String, Object>} and {@code List<Object>} fail as well. A bare wildcard ({@code ?}) and a
 * type variable are fine: they say "some type", not "anything goes here". JSON that must pass through is
 * {@code JsonValue}.
 */
final class NoObjectInSignatures extends ArchCondition<JavaCodeUnit> {

    NoObjectInSignatures() {
        super("not use Object or Map<String, Object> in their signature");
    }

    @Override
    public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
        types.add(unit.getReturnType());
        for (JavaType type : types) {
            if (showsObject(type)) {
                String message = unit.getFullName() + " shows " + type.getName() + " in its signature in "
                        + unit.getSourceCodeLocation();
                events.add(SimpleConditionEvent.violated(unit, message));
            }
        }
    }

    /** Whether {@code Object} appears in the type, at any depth of type arguments and array elements. */
    static boolean showsObject(JavaType type) {
        return switch (type) {
            case JavaParameterizedType parameterized ->
                showsObject(parameterized.toErasure())
                        || parameterized.getActualTypeArguments().stream().anyMatch(NoObjectInSignatures::showsObject);
            case JavaWildcardType wildcard ->
                wildcard.getLowerBounds().stream().anyMatch(NoObjectInSignatures::showsObject)
                        || wildcard.getUpperBounds().stream()
                                .filter(bound -> !isObject(bound))
                                .anyMatch(NoObjectInSignatures::showsObject);
            case JavaGenericArrayType array -> showsObject(array.getComponentType());
            case JavaClass javaClass ->
                javaClass.isArray() ? showsObject(javaClass.getComponentType()) : isObject(javaClass);
            default -> false; // a type variable
        };
    }

    private static boolean isObject(JavaType type) {
        return type instanceof JavaClass javaClass && javaClass.isEquivalentTo(Object.class);
    }
}
