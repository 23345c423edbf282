package org.permanenceplatform.outcomes.indicator.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Hand-made journeys for indicator tests, written as briefly as the worked answers beside them. */
final class Journeys {

    static final FinancialYear YEAR = FinancialYear.parse("2024-25");

    private Journeys() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static ChildFacts child(String la, String birthMonth) {
        return new ChildFacts(la, "E12000001", "FEMALE", "WHITE", YearMonth.parse(birthMonth), false, false);
    }

    static Journey journey(ChildFacts child, PeriodOfCare... periods) {
        return new Journey(child, List.of(periods));
    }

    static Period period(String entered) {
        return new Period(day(entered));
    }

    static Cohort cohort(String asOf, Journey... journeys) {
        return new Cohort(List.of(journeys), day(asOf));
    }

    static long count(Figure figure) {
        return ((Figure.Count) figure).value();
    }

    static Figure.Share share(Figure figure) {
        return (Figure.Share) figure;
    }

    static BigDecimal summary(Figure figure) {
        return ((Figure.Summary) figure).value().stripTrailingZeros();
    }

    /** A period of care being written. */
    static final class Period {
        private final LocalDate entered;
        private final List<PeriodOfCare.LegalStatusFrom> statuses = new ArrayList<>();
        private final List<PeriodOfCare.PlanChange> plan = new ArrayList<>();
        private final List<PeriodOfCare.Stage> adoptionStages = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();
        private LocalDate ended;
        private String reason;
        private PeriodOfCare.Permanence permanence;

        private Period(LocalDate entered) {
            this.entered = entered;
            statuses.add(new PeriodOfCare.LegalStatusFrom(entered, "C2"));
        }

        Period status(String from, String code) {
            statuses.add(new PeriodOfCare.LegalStatusFrom(day(from), code));
            return this;
        }

        Period plan(String decided, Route route) {
            plan.add(new PeriodOfCare.PlanChange(day(decided), route, null));
            return this;
        }

        Period matchDecision(String completed) {
            adoptionStages.add(new PeriodOfCare.Stage("match-decision", day(completed), 0));
            return this;
        }

        /** A placement with new carers. */
        Period placed(String start, String end, String type) {
            return placement(start, end, type, false, null, null, null);
        }

        /** A placement with the same carers as the last one. */
        Period sameCarers(String start, String end, String type) {
            return placement(start, end, type, true, null, null, null);
        }

        /** A placement with new carers, at a distance band from home. */
        Period placedAt(String start, String end, String type, String distanceBand) {
            return placement(start, end, type, false, null, null, null, distanceBand);
        }

        Period placement(String start, String end, String type, boolean sameCarers, String provider,
                         String weeklyCost, String endKind) {
            return placement(start, end, type, sameCarers, provider, weeklyCost, endKind, null);
        }

        private Period placement(String start, String end, String type, boolean sameCarers, String provider,
                                 String weeklyCost, String endKind, String distanceBand) {
            placements.add(new Placement(placements.size() + 1, day(start), end == null ? null : day(end), type,
                    provider, false, sameCarers, null, endKind, distanceBand,
                    weeklyCost == null ? null : new BigDecimal(weeklyCost), weeklyCost == null ? null : "SPOT"));
            return this;
        }

        Period ended(String day, String reasonCeased) {
            this.ended = day(day);
            this.reason = reasonCeased;
            return this;
        }

        Period permanence(Route route, String date, String orderType) {
            this.permanence = new PeriodOfCare.Permanence(route, day(date), orderType, false);
            return this;
        }

        PeriodOfCare build() {
            List<PeriodOfCare.Assessment> assessments = adoptionStages.isEmpty() ? List.of()
                    : List.of(new PeriodOfCare.Assessment("ADOPTION", Route.ADOPTION, entered, false, null, null,
                    adoptionStages));
            return new PeriodOfCare(1, entered, "1 to 4", statuses, ended, reason, null, plan, assessments,
                    placements, permanence);
        }
    }
}
