package org.permanenceplatform.outcomes.dataset;

import org.bson.Document;
import org.permanenceplatform.outcomes.indicator.domain.PeriodOfCare;
import org.permanenceplatform.outcomes.indicator.domain.Placement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static org.permanenceplatform.outcomes.dataset.StoredValues.bool;
import static org.permanenceplatform.outcomes.dataset.StoredValues.date;
import static org.permanenceplatform.outcomes.dataset.StoredValues.decimal;
import static org.permanenceplatform.outcomes.dataset.StoredValues.documents;
import static org.permanenceplatform.outcomes.dataset.StoredValues.integer;
import static org.permanenceplatform.outcomes.dataset.StoredValues.nested;
import static org.permanenceplatform.outcomes.dataset.StoredValues.route;
import static org.permanenceplatform.outcomes.dataset.StoredValues.text;

/**
 * One {@code periods[]} entry of {@code ncpd.journey.changed} (docs/api/events.md) as a {@link PeriodOfCare}, read
 * tolerantly: a legal status, plan change, stage or placement without the value it is ordered by is left out, and a
 * permanence without its route or date is unknown.
 */
final class PeriodDocument {

    private PeriodDocument() {
    }

    static Optional<PeriodOfCare> read(Document period) {
        LocalDate entered = date(period, "entered");
        if (entered == null) {
            return Optional.empty();
        }
        return Optional.of(new PeriodOfCare(integer(period, "number", 0), entered, text(period, "ageBandAtEntry"),
                documents(period, "legalStatuses").stream().map(PeriodDocument::legalStatus)
                        .filter(Objects::nonNull).toList(),
                date(period, "ended"), text(period, "reasonCeased"), route(period, "previousPermanenceRoute"),
                documents(period, "plan").stream().map(PeriodDocument::planChange).filter(Objects::nonNull).toList(),
                documents(period, "assessments").stream().map(PeriodDocument::assessment).toList(),
                documents(period, "placements").stream().map(PeriodDocument::placement)
                        .filter(Objects::nonNull).toList(),
                permanence(nested(period, "permanence"))));
    }

    private static PeriodOfCare.LegalStatusFrom legalStatus(Document status) {
        LocalDate from = date(status, "from");
        String code = text(status, "code");
        return from == null || code == null ? null : new PeriodOfCare.LegalStatusFrom(from, code);
    }

    private static PeriodOfCare.PlanChange planChange(Document change) {
        LocalDate decided = date(change, "decided");
        return decided == null ? null
                : new PeriodOfCare.PlanChange(decided, route(change, "primaryRoute"), route(change, "parallelRoute"));
    }

    private static PeriodOfCare.Assessment assessment(Document assessment) {
        return new PeriodOfCare.Assessment(text(assessment, "type"), route(assessment, "route"),
                date(assessment, "started"), bool(assessment, "kinshipCarers"), text(assessment, "outcome"),
                date(assessment, "closed"), documents(assessment, "stages").stream()
                .filter(stage -> text(stage, "stage") != null)
                .map(stage -> new PeriodOfCare.Stage(text(stage, "stage"), date(stage, "completed"),
                        integer(stage, "extensions", 0)))
                .toList());
    }

    private static Placement placement(Document placement) {
        LocalDate start = date(placement, "start");
        String type = text(placement, "type");
        if (start == null || type == null) {
            return null;
        }
        return new Placement(integer(placement, "number", 0), start, date(placement, "end"), type,
                text(placement, "provider"), bool(placement, "kinship"), bool(placement, "sameCarersAsPrevious"),
                text(placement, "reasonForChange"), text(placement, "endKind"), text(placement, "distanceBand"),
                decimal(placement.get("weeklyCost")), text(placement, "purchaseRoute"));
    }

    private static PeriodOfCare.Permanence permanence(Document permanence) {
        if (permanence == null || route(permanence, "route") == null || date(permanence, "date") == null) {
            return null;
        }
        return new PeriodOfCare.Permanence(route(permanence, "route"), date(permanence, "date"),
                text(permanence, "orderType"), bool(permanence, "kinshipCarers"));
    }
}
