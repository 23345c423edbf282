package org.permanenceplatform.kit.problem;

import java.util.List;

/**
 * A well-formed request that the record's rules refuse in its current state: approving a move before the IRO's view
 * is recorded, completing a stage twice, placing for adoption without a placement order (422, naming the field).
 */
public class RuleNotMetException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RuleNotMetException(String field, String detail) {
        this(List.of(new FieldProblem(field, detail)));
    }

    /** Every rule the request breaks at once, so the user can put all of them right in one go. */
    public RuleNotMetException(List<FieldProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.message())
                .reduce((a, b) -> a + "; " + b).orElse("A rule is not met"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
