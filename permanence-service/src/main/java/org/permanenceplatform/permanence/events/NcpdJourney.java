package org.permanenceplatform.permanence.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Payload v1 of {@code ncpd.journey.changed}: everything the national dataset may know of a child's journeys through
 * care and what followed, sent whole after every change (so a receiver that replays the latest one has the truth).
 * No name, no full date of birth, no address, no local or platform identifier: periods and placements are numbered
 * in order, and the child is the event's aggregate id (the child key).
 */
public record NcpdJourney(List<Period> periods, List<Education> education) {

    /**
     * One period of care.
     *
     * @param ageBandAtEntry          the DfE age band on the day the child entered care (under 1, 1-4, 5-9, 10-15, 16+)
     * @param previousPermanenceRoute the route of the permanence this period follows (a re-entry), or null
     */
    public record Period(int number, LocalDate entered, String ageBandAtEntry, List<LegalStatusFrom> legalStatuses,
                         LocalDate ended, String reasonCeased, String previousPermanenceRoute, List<LocalDate> reviews,
                         List<PlanChange> plan, List<Assessment> assessments, List<Placement> placements,
                         Permanence permanence) {
    }

    public record LegalStatusFrom(LocalDate from, String code) {
    }

    public record PlanChange(LocalDate decided, String primaryRoute, String parallelRoute) {
    }

    /** An assessment by its route, with the day each stage was completed (the adoption decision, the order...). */
    public record Assessment(String type, String route, LocalDate started, boolean kinshipCarers, String outcome,
                             LocalDate closed, List<Stage> stages) {
    }

    public record Stage(String stage, LocalDate completed, int extensions) {
    }

    /**
     * @param weeklyCost pounds a week, as a decimal string
     * @param endKind    PLANNED_MOVE or DISRUPTION, once ended
     */
    public record Placement(int number, LocalDate start, LocalDate end, String type, String provider,
                            boolean kinship, boolean sameCarersAsPrevious, String reasonForChange, String endKind,
                            String distanceBand, String weeklyCost, String purchaseRoute) {
    }

    public record Permanence(String route, LocalDate date, String orderType, boolean kinshipCarers) {
    }

    public record Education(String academicYear, Boolean ks2ExpectedStandardMet, String attainment8,
                            String sessionsMissedPercent, Integer suspensions, Boolean permanentlyExcluded) {
    }
}
