package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One period of care and what ended it, in the shape of {@code ncpd.journey.changed}'s {@code periods[]}.
 * {@code ended} is the day the child ceased to be looked after, so a child is looked after on day D when
 * {@code entered <= D < ended}: one who left on 31 March was not looked after on 31 March.
 */
public record PeriodOfCare(int number, LocalDate entered, String ageBandAtEntry, List<LegalStatusFrom> legalStatuses,
                           LocalDate ended, String reasonCeased, Route previousPermanenceRoute,
                           List<PlanChange> plan, List<Assessment> assessments, List<Placement> placements,
                           Permanence permanence) {

    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    public record LegalStatusFrom(LocalDate from, String code) {
    }

    public record PlanChange(LocalDate decided, Route primaryRoute, Route parallelRoute) {
    }

    public record Assessment(String type, Route route, LocalDate started, boolean kinshipCarers, String outcome,
                             LocalDate closed, List<Stage> stages) {
        public Assessment {
            stages = List.copyOf(stages);
        }

        public Optional<LocalDate> completed(String stage) {
            return stages.stream().filter(s -> s.stage().equals(stage) && s.completed() != null)
                    .map(Stage::completed).findFirst();
        }
    }

    public record Stage(String stage, LocalDate completed, int extensions) {
    }

    /** How the period led to permanence: route, date (order, return, ratification), order type, kinship carers. */
    public record Permanence(Route route, LocalDate date, String orderType, boolean kinshipCarers) {
        public Permanence {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(date, "date");
        }

        /** Every permanence ends care except a long-term foster placement confirmed. */
        public boolean endsCare() {
            return !"LONG_TERM_FOSTER_PLACEMENT_CONFIRMED".equals(orderType);
        }
    }

    public PeriodOfCare {
        Objects.requireNonNull(entered, "entered");
        legalStatuses = legalStatuses.stream().sorted(Comparator.comparing(LegalStatusFrom::from)).toList();
        plan = List.copyOf(plan);
        assessments = List.copyOf(assessments);
        placements = placements.stream().sorted(Comparator.comparing(Placement::start)
                .thenComparingInt(Placement::number)).toList();
    }

    public boolean lookedAfterOn(LocalDate day) {
        return !entered.isAfter(day) && (ended == null || ended.isAfter(day));
    }

    public Optional<String> legalStatusOn(LocalDate day) {
        return legalStatuses.stream().filter(status -> !status.from().isAfter(day)).reduce((a, b) -> b)
                .map(LegalStatusFrom::code);
    }

    /** Under an agreed series of short breaks (V3/V4) on that day: left out of every indicator. */
    public boolean shortBreaksOn(LocalDate day) {
        return legalStatusOn(day).filter(SHORT_BREAKS::contains).isPresent();
    }

    public boolean shortBreaksAtEntry() {
        return shortBreaksOn(entered);
    }

    public boolean adopted() {
        return ended != null && reasonCeased != null && ADOPTED.contains(reasonCeased);
    }

    /** The first day the period held one of these legal statuses (E1 placement order, D1 freeing order...). */
    public Optional<LocalDate> firstLegalStatus(Set<String> codes) {
        return legalStatuses.stream().filter(status -> codes.contains(status.code()))
                .map(LegalStatusFrom::from).findFirst();
    }

    public Optional<Placement> firstAdoptionPlacement() {
        return placements.stream().filter(Placement::forAdoption).findFirst();
    }

    /** The primary route of the latest plan decided on or before the day, if any. */
    public Optional<Route> plannedRouteOn(LocalDate day) {
        return plan.stream().filter(change -> !change.decided().isAfter(day))
                .max(Comparator.comparing(PlanChange::decided)).map(PlanChange::primaryRoute);
    }

    public Optional<Permanence> permanenceInYear(FinancialYear year) {
        return Optional.ofNullable(permanence).filter(p -> year.contains(p.date()));
    }

    public List<CarerSpell> carerSpells() {
        return CarerSpell.of(placements);
    }
}
