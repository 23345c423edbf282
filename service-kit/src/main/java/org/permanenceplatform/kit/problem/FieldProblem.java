package org.permanenceplatform.kit.problem;

/**
 * One field at fault in a request.
 *
 * @param field   the JSON path of the field, for example {@code dateOfBirth} or {@code carers[1].name}
 * @param message what is wrong with it, in words a user can act on
 */
public record FieldProblem(String field, String message) {
}
