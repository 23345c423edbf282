package org.permanenceplatform.kit.problem;

import java.util.List;

/**
 * A well-formed request that the record's rules refuse in its current state: approving a move before the IRO's view
 * is recorded, completing a stage twice, placing for adoption without a placement order (422, naming the field).
 */
public class RuleNotMetException extends RuntimeException {

    private final String field;

    public RuleNotMetException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public List<FieldProblem> problems() {
        return List.of(new FieldProblem(field, getMessage()));
    }
}
