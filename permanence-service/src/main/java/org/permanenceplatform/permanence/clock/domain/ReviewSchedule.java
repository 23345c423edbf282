package org.permanenceplatform.permanence.clock.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When a looked-after child's statutory reviews fall due (Care Planning, Placement and Case Review (England)
 * Regulations 2010, regulation 33): the first within 20 working days of the child becoming looked after, the second
 * not more than 3 months after the first, and each later one not more than 6 months after the one before.
 *
 * <p>Each review is counted from the date the previous review was really held, not from when it was due: a late
 * first review moves the second with it, and a review brought forward brings the next one forward too. The schedule
 * belongs to one period of care: a child who comes back into care starts again from the new period's start.
 *
 * <p>The same clock sets the date the child's permanence plan must exist by: the second review.
 */
public final class ReviewSchedule {

    public static final int FIRST_REVIEW_WORKING_DAYS = 20;
    public static final int SECOND_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;

    private final WorkingDays workingDays;

    public ReviewSchedule(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** The schedule counted in England and Wales working days. */
    public static ReviewSchedule englandAndWales() {
        return new ReviewSchedule(WorkingDays.englandAndWales());
    }

    /** The first review: the 20th working day after the day the child became looked after. */
    public LocalDate firstReviewDue(LocalDate lookedAfterFrom) {
        return workingDays.plusWorkingDays(Objects.requireNonNull(lookedAfterFrom, "lookedAfterFrom"),
                FIRST_REVIEW_WORKING_DAYS);
    }

    /**
     * The due date of the next review to hold.
     *
     * @param lookedAfterFrom the start of the period of care
     * @param reviewsHeld     the dates of the reviews held in this period so far, oldest first
     */
    public LocalDate nextReviewDue(LocalDate lookedAfterFrom, List<LocalDate> reviewsHeld) {
        checkHeld(lookedAfterFrom, reviewsHeld);
        return switch (reviewsHeld.size()) {
            case 0 -> firstReviewDue(lookedAfterFrom);
            case 1 -> reviewsHeld.get(0).plusMonths(SECOND_REVIEW_MONTHS);
            default -> reviewsHeld.get(reviewsHeld.size() - 1).plusMonths(LATER_REVIEW_MONTHS);
        };
    }

    /**
     * When the second review is due: 3 months after the first review if it has been held, otherwise 3 months after
     * the first review's due date (the earliest the second can be due if the first is held on time).
     */
    public LocalDate secondReviewDue(LocalDate lookedAfterFrom, List<LocalDate> reviewsHeld) {
        checkHeld(lookedAfterFrom, reviewsHeld);
        LocalDate first = reviewsHeld.isEmpty() ? firstReviewDue(lookedAfterFrom) : reviewsHeld.get(0);
        return first.plusMonths(SECOND_REVIEW_MONTHS);
    }

    /**
     * The date by which the child's permanence plan must exist: the second review. Once that review has been held
     * its date is fixed and is the answer; until then it is the date the second review is due.
     */
    public LocalDate planRequiredBy(LocalDate lookedAfterFrom, List<LocalDate> reviewsHeld) {
        checkHeld(lookedAfterFrom, reviewsHeld);
        return reviewsHeld.size() >= 2 ? reviewsHeld.get(1) : secondReviewDue(lookedAfterFrom, reviewsHeld);
    }

    private static void checkHeld(LocalDate lookedAfterFrom, List<LocalDate> reviewsHeld) {
        Objects.requireNonNull(lookedAfterFrom, "lookedAfterFrom");
        Objects.requireNonNull(reviewsHeld, "reviewsHeld");
        LocalDate previous = lookedAfterFrom;
        for (LocalDate held : reviewsHeld) {
            Objects.requireNonNull(held, "a review held has no date");
            if (held.isBefore(previous)) {
                throw new IllegalArgumentException("reviews held must be in date order and not before the child "
                        + "became looked after on " + lookedAfterFrom + ", but " + held + " follows " + previous);
            }
            previous = held;
        }
    }
}
