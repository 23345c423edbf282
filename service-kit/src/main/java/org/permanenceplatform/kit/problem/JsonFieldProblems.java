package org.permanenceplatform.kit.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.Optional;

/** Turns a Jackson reading failure into the field at fault and words a user can act on. */
final class JsonFieldProblems {

    private JsonFieldProblems() {
    }

    /** Empty when the body is not JSON at all (nothing to name but the body itself). */
    static Optional<FieldProblem> of(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JacksonException jackson) || cause instanceof StreamReadException) {
            return Optional.empty();
        }
        String field = path(jackson);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field, message(jackson)));
    }

    private static String message(JacksonException jackson) {
        if (jackson instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (jackson instanceof InvalidNullException) {
            return "must not be null";
        }
        if (jackson instanceof InvalidFormatException format) {
            return "cannot be read as " + describe(format.getTargetType()) + ": '" + format.getValue() + "'";
        }
        if (jackson instanceof ValueInstantiationException && jackson.getCause() != null) {
            return jackson.getCause().getMessage();
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder names = new StringBuilder("one of ");
            for (int i = 0; i < constants.length; i++) {
                names.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return names.toString();
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a date and time (ISO 8601)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "text";
            default -> "a " + type.getSimpleName();
        };
    }

    private static String path(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
