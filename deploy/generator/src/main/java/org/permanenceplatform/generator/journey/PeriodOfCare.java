package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.CategoryOfNeed;
import org.permanenceplatform.generator.journey.Codes.LegalStatus;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A period of care: from entering care to leaving it (end and reason null while the child is still looked after on
 * the "as of" date), with the histories of legal status, placements and the permanence plan inside it.
 */
public record PeriodOfCare(LocalDate start, LocalDate end, ReasonEpisodeCeased reasonCeased,
                           CategoryOfNeed categoryOfNeed, List<LegalStatusSpell> legalStatuses,
                           List<Placement> placements, List<PlanChange> plan) {

    public PeriodOfCare {
        if ((end == null) != (reasonCeased == null)) {
            throw new IllegalArgumentException("a period ends with a reason, or has neither");
        }
        legalStatuses = List.copyOf(legalStatuses);
        placements = List.copyOf(placements);
        plan = List.copyOf(plan);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Looked after at the end of {@code day} (the published counts take 31 March so). */
    public boolean lookedAfterOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    public Optional<Codes.Route> permanenceRoute() {
        return Optional.ofNullable(reasonCeased).map(ReasonEpisodeCeased::route);
    }

    /** The legal status in force on {@code day}. */
    public LegalStatus legalStatusOn(LocalDate day) {
        LegalStatus inForce = legalStatuses.get(0).status();
        for (LegalStatusSpell spell : legalStatuses) {
            if (!spell.start().isAfter(day)) {
                inForce = spell.status();
            }
        }
        return inForce;
    }

    /**
     * The period as it was known at the end of {@code day}: nothing after it, and still open if the child was then
     * looked after. Empty if it had not begun.
     */
    public Optional<PeriodOfCare> asOf(LocalDate day) {
        if (start.isAfter(day)) {
            return Optional.empty();
        }
        if (end != null && !end.isAfter(day)) {
            return Optional.of(this);
        }
        List<Placement> known = placements.stream().filter(p -> !p.start().isAfter(day))
                .map(p -> p.end() != null && p.end().isAfter(day) ? new Placement(p.start(), null, p.type(), p.provider(),
                        p.sameCarers(), null, p.cost(), p.distanceBand()) : p)
                .toList();
        return Optional.of(new PeriodOfCare(start, null, null, categoryOfNeed,
                legalStatuses.stream().filter(s -> !s.start().isAfter(day)).toList(), known,
                plan.stream().filter(change -> !change.date().isAfter(day)).toList()));
    }

    /** A legal status from {@code start} until the next one (or the end of the period). */
    public record LegalStatusSpell(LocalDate start, LegalStatus status) {
    }

    /** The permanence plan as set or changed on {@code date}; the parallel route may be null. */
    public record PlanChange(LocalDate date, Codes.Route route, Codes.Route parallelRoute, String reason) {
    }

    PeriodOfCare withPlacements(List<Placement> costed) {
        return new PeriodOfCare(start, end, reasonCeased, categoryOfNeed, legalStatuses, costed, plan);
    }
}
