package org.permanenceplatform.permanence.child;

import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.events.EventCatalogue;
import org.permanenceplatform.permanence.events.NcpdJourney;
import org.permanenceplatform.permanence.events.Payloads;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The national dataset's view of a child's journeys ({@code ncpd.journey.changed}), sent whole whenever a change
 * alters it, pseudonymised: the child key, dates of events in care, codes and bands; nothing that names the child.
 */
@Component
public class JourneyEvents {

    private final ChildKeys keys;

    public JourneyEvents(ChildKeys keys) {
        this.keys = keys;
    }

    /** The event for {@code after}, if its journey differs from {@code before}'s. */
    public Optional<EventEnvelope> changed(Child before, Child after, LongSupplier nextSequence) {
        Map<String, Object> was = Payloads.of(journey(before));
        Map<String, Object> now = Payloads.of(journey(after));
        if (was.equals(now)) {
            return Optional.empty();
        }
        return Optional.of(EventEnvelope.of(EventCatalogue.JOURNEY_CHANGED, 1, after.updatedAt(),
                ChildEvents.PRODUCER, keys.keyOf(after.laCode(), after.details().localChildId()),
                nextSequence.getAsLong(), after.laCode(), now));
    }

    static NcpdJourney journey(Child child) {
        PermanenceRecord record = child.record();
        List<PeriodOfCare> periods = record.care().periods();
        List<NcpdJourney.Period> national = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            national.add(period(i + 1, periods.get(i), child));
        }
        return new NcpdJourney(national, record.education().stream().map(year -> new NcpdJourney.Education(
                year.year().toString(), year.ks2ExpectedStandardMet(), text(year.attainment8()),
                text(year.sessionsMissedPercent()), year.suspensions(), year.permanentlyExcluded())).toList());
    }

    private static NcpdJourney.Period period(int number, PeriodOfCare period, Child child) {
        PermanenceRecord record = child.record();
        LocalDate end = period.ended() == null ? LocalDate.MAX : period.ended();
        List<NcpdJourney.Placement> placements = new ArrayList<>();
        record.placements().stream().filter(placement -> period.covers(placement.startDate()))
                .forEach(placement -> placements.add(new NcpdJourney.Placement(placements.size() + 1,
                        placement.startDate(), placement.endDate(), placement.placementType().code(),
                        code(placement.provider()), placement.kinship(), placement.sameCarersAsPrevious(),
                        placement.reasonForChange() == null ? null : placement.reasonForChange().code(),
                        name(placement.endKind()), name(placement.distanceBand()), text(placement.weeklyCost()),
                        name(placement.purchaseRoute()))));
        String previousRoute = period.previousPermanenceId() == null ? null : record.permanence().stream()
                .filter(permanence -> permanence.id().equals(period.previousPermanenceId()))
                .map(permanence -> permanence.route().name()).findFirst().orElse(null);
        return new NcpdJourney.Period(number, period.started(), ageBand(child.details().dateOfBirth(),
                period.started()),
                period.legalStatuses().stream().map(spell -> new NcpdJourney.LegalStatusFrom(spell.from(),
                        spell.status().code())).toList(),
                period.ended(), period.reasonCeased() == null ? null : period.reasonCeased().code(), previousRoute,
                period.reviewsHeld(),
                record.plan().decisions().stream().filter(decision -> period.covers(decision.decided())
                        || decision.decided().equals(period.ended())).map(JourneyEvents::planChange).toList(),
                record.assessments().stream().filter(assessment -> !assessment.started().isBefore(period.started())
                        && assessment.started().isBefore(end)).map(assessment -> new NcpdJourney.Assessment(
                        assessment.type().name(), assessment.type().route().map(Enum::name).orElse(null),
                        assessment.started(), assessment.household() != null && assessment.household().kinship(),
                        name(assessment.outcome()), assessment.closedOn(), assessment.stages().stream()
                        .map(stage -> new NcpdJourney.Stage(stage.key(), stage.completedOn(),
                                stage.extensions().size())).toList())).toList(),
                placements,
                record.permanence().stream().filter(permanence -> permanence.periodId().equals(period.id()))
                        .map(permanence -> new NcpdJourney.Permanence(permanence.route().name(), permanence.date(),
                                permanence.orderType().name(), permanence.kinshipCarers())).findFirst().orElse(null));
    }

    private static NcpdJourney.PlanChange planChange(PlanDecision decision) {
        return new NcpdJourney.PlanChange(decision.decided(), decision.primary().name(),
                decision.parallelRoute().map(Enum::name).orElse(null));
    }

    /** The age bands of the children looked after statistics. */
    static String ageBand(LocalDate born, LocalDate on) {
        int age = Period.between(born, on).getYears();
        return age < 1 ? "under 1" : age < 5 ? "1 to 4" : age < 10 ? "5 to 9" : age < 16 ? "10 to 15" : "16 and over";
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static String code(org.permanenceplatform.permanence.reference.domain.DfeCode code) {
        return code == null ? null : code.code();
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
