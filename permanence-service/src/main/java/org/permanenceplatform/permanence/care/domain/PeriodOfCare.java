package org.permanenceplatform.permanence.care.domain;

import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One period of care: from becoming looked after to ceasing to be, with the legal statuses in force and the statutory
 * reviews held. A child who comes back into care after a permanence order starts a new period linked to that order.
 *
 * @param previousPermanenceId the permanence this period follows (a re-entry after an order), or null
 * @param reviewsHeld          the dates of the statutory reviews held in this period, in order
 */
public record PeriodOfCare(String id, LocalDate started, List<LegalStatusSpell> legalStatuses, LocalDate ended,
                           ReasonEpisodeCeased reasonCeased, String previousPermanenceId,
                           List<LocalDate> reviewsHeld) {

    public PeriodOfCare {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(started, "started");
        legalStatuses = List.copyOf(legalStatuses);
        reviewsHeld = reviewsHeld.stream().sorted().toList();
        if (legalStatuses.isEmpty()) {
            throw new IllegalArgumentException("a period of care starts with a legal status");
        }
        if (!legalStatuses.get(0).from().equals(started)) {
            throw new IllegalArgumentException("the first legal status starts with the period");
        }
        if ((ended == null) != (reasonCeased == null)) {
            throw new IllegalArgumentException("a period ends with both a date and the reason it ceased");
        }
        if (ended != null && ended.isBefore(started)) {
            throw new IllegalArgumentException("a period of care cannot end before it starts");
        }
    }

    public static PeriodOfCare start(String id, LocalDate started, LegalStatus status, String previousPermanenceId) {
        return new PeriodOfCare(id, started, List.of(new LegalStatusSpell(started, status)), null, null,
                previousPermanenceId, List.of());
    }

    public boolean isOpen() {
        return ended == null;
    }

    /** Whether the child was looked after in this period on {@code date} (the end day counts as out of care). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(started) && (ended == null || date.isBefore(ended));
    }

    /** The legal status in force on a date within the period. */
    public Optional<LegalStatus> statusOn(LocalDate date) {
        if (!covers(date)) {
            return Optional.empty();
        }
        return legalStatuses.stream().filter(spell -> !spell.from().isAfter(date))
                .max(Comparator.comparing(LegalStatusSpell::from)).map(LegalStatusSpell::status);
    }

    public LegalStatus currentStatus() {
        return legalStatuses.get(legalStatuses.size() - 1).status();
    }

    /** The period with a new legal status from {@code from}: a legal-status-only change, not a new placement. */
    public PeriodOfCare withStatus(LocalDate from, LegalStatus status) {
        requireOpen("change the legal status");
        LegalStatusSpell last = legalStatuses.get(legalStatuses.size() - 1);
        if (!from.isAfter(last.from())) {
            throw new IllegalArgumentException("a new legal status must start after " + last.from());
        }
        if (status == last.status()) {
            throw new IllegalArgumentException("the legal status is already " + status.code());
        }
        List<LegalStatusSpell> next = new ArrayList<>(legalStatuses);
        next.add(new LegalStatusSpell(from, status));
        return new PeriodOfCare(id, started, next, null, null, previousPermanenceId, reviewsHeld);
    }

    public PeriodOfCare withReviewHeld(LocalDate date) {
        requireOpen("record a review");
        if (date.isBefore(started)) {
            throw new IllegalArgumentException("a review cannot be held before the period of care started");
        }
        if (reviewsHeld.contains(date)) {
            throw new IllegalArgumentException("a review on " + date + " is already recorded");
        }
        List<LocalDate> next = new ArrayList<>(reviewsHeld);
        next.add(date);
        return new PeriodOfCare(id, started, legalStatuses, null, null, previousPermanenceId, next);
    }

    public PeriodOfCare end(LocalDate date, ReasonEpisodeCeased reason) {
        requireOpen("end it");
        LegalStatusSpell last = legalStatuses.get(legalStatuses.size() - 1);
        if (date.isBefore(last.from())) {
            throw new IllegalArgumentException("the period cannot end before its last legal status began ("
                    + last.from() + ")");
        }
        if (reason == ReasonEpisodeCeased.X1) {
            throw new IllegalArgumentException("X1 continues care in a new episode; it does not end a period");
        }
        return new PeriodOfCare(id, started, legalStatuses, date, reason, previousPermanenceId, reviewsHeld);
    }

    private void requireOpen(String what) {
        if (!isOpen()) {
            throw new IllegalStateException("the period of care ended on " + ended + "; cannot " + what);
        }
    }
}
