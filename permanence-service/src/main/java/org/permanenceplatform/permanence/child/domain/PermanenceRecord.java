package org.permanenceplatform.permanence.child.domain;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.care.domain.CareHistory;
import org.permanenceplatform.permanence.care.domain.CareProceedings;
import org.permanenceplatform.permanence.education.domain.EducationYear;
import org.permanenceplatform.permanence.permanence.domain.PermanenceAchieved;
import org.permanenceplatform.permanence.placement.domain.MoveRequest;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.plan.domain.PermanencePlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Everything the permanence team records about a child's journey, kept in the child's document so that one change,
 * with the events it emits, is one write.
 */
public record PermanenceRecord(CareHistory care, List<CareProceedings> proceedings, PermanencePlan plan,
                               List<Assessment> assessments, List<Placement> placements, List<MoveRequest> moves,
                               List<EducationYear> education, List<PermanenceAchieved> permanence) {

    public static final PermanenceRecord EMPTY = new PermanenceRecord(CareHistory.NONE, List.of(),
            PermanencePlan.NONE, List.of(), List.of(), List.of(), List.of(), List.of());

    public PermanenceRecord {
        Objects.requireNonNull(care, "care");
        Objects.requireNonNull(plan, "plan");
        proceedings = List.copyOf(proceedings);
        assessments = List.copyOf(assessments);
        placements = List.copyOf(placements);
        moves = List.copyOf(moves);
        education = List.copyOf(education);
        permanence = List.copyOf(permanence);
    }

    public PermanenceRecord withCare(CareHistory next) {
        return new PermanenceRecord(next, proceedings, plan, assessments, placements, moves, education, permanence);
    }

    public PermanenceRecord withProceedings(List<CareProceedings> next) {
        return new PermanenceRecord(care, next, plan, assessments, placements, moves, education, permanence);
    }

    public PermanenceRecord withPlan(PermanencePlan next) {
        return new PermanenceRecord(care, proceedings, next, assessments, placements, moves, education, permanence);
    }

    public PermanenceRecord withAssessments(List<Assessment> next) {
        return new PermanenceRecord(care, proceedings, plan, next, placements, moves, education, permanence);
    }

    public PermanenceRecord withPlacements(List<Placement> next) {
        return new PermanenceRecord(care, proceedings, plan, assessments, next, moves, education, permanence);
    }

    public PermanenceRecord withMoves(List<MoveRequest> next) {
        return new PermanenceRecord(care, proceedings, plan, assessments, placements, next, education, permanence);
    }

    public PermanenceRecord withEducation(List<EducationYear> next) {
        return new PermanenceRecord(care, proceedings, plan, assessments, placements, moves, next, permanence);
    }

    public PermanenceRecord withPermanence(List<PermanenceAchieved> next) {
        return new PermanenceRecord(care, proceedings, plan, assessments, placements, moves, education, next);
    }

    /** The child's open placement, if any. */
    public Optional<Placement> openPlacement() {
        return placements.stream().filter(Placement::isOpen).reduce((first, second) -> second);
    }

    public Optional<Placement> latestPlacement() {
        return placements.isEmpty() ? Optional.empty() : Optional.of(placements.get(placements.size() - 1));
    }

    /** The list with the one item {@code id} names changed, or empty when there is no such item. */
    public static <T> Optional<List<T>> replaceOne(List<T> items, Function<T, String> idOf, String id,
                                                   UnaryOperator<T> change) {
        List<T> next = new ArrayList<>(items);
        for (int i = 0; i < next.size(); i++) {
            if (idOf.apply(next.get(i)).equals(id)) {
                next.set(i, change.apply(next.get(i)));
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    public static <T> List<T> plus(List<T> items, T item) {
        List<T> next = new ArrayList<>(items);
        next.add(item);
        return next;
    }

    public static <T> Optional<T> findOne(List<T> items, Predicate<T> which) {
        return items.stream().filter(which).findFirst();
    }
}
