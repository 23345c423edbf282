package org.permanenceplatform.permanence.permanence.domain;

import org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased;
import org.permanenceplatform.permanence.reference.domain.Route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A child's permanence, achieved: by which route, on what date, by what order. It ends the period of care with the
 * DfE reason (unless it is a confirmed long-term foster placement, where the child stays looked after), closes the
 * open assessments and opens post-permanence support.
 *
 * @param date           the order date; for return home the date of return; for long-term fostering the date the
 *                       match was ratified
 * @param reasonCeased   the reason the period of care ended, or null when the child stays looked after
 * @param kinshipCarers  whether the child's new family are relatives, friends or other connected people
 */
public record PermanenceAchieved(String id, String periodId, Route route, LocalDate date, OrderType orderType,
                                 ReasonEpisodeCeased reasonCeased, boolean kinshipCarers, String recordedBy,
                                 Instant recordedAt) {

    public PermanenceAchieved {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (!orderType.closes(route)) {
            throw new IllegalArgumentException(orderType.label() + " does not achieve the " + route.label()
                    + " route");
        }
        if (orderType.endsCare() && reasonCeased == null) {
            throw new IllegalArgumentException("a permanence that ends care needs the DfE reason the period ceased");
        }
        if (!orderType.endsCare() && reasonCeased != null) {
            throw new IllegalArgumentException("a confirmed long-term foster placement does not end care");
        }
        if (reasonCeased != null && reasonCeased.route().filter(route::equals).isEmpty()) {
            throw new IllegalArgumentException(reasonCeased.code() + " is not a reason that ends care by the "
                    + route.label() + " route");
        }
        if (route == Route.SPECIAL_GUARDIANSHIP && reasonCeased.isKinship() != kinshipCarers) {
            throw new IllegalArgumentException(reasonCeased.code() + (kinshipCarers
                    ? " is an order to carers who are not relatives or friends"
                    : " is an order to relatives or friends"));
        }
        if (route == Route.KINSHIP && !kinshipCarers) {
            throw new IllegalArgumentException("the kinship route is permanence with relatives, friends or other"
                    + " connected people");
        }
    }
}
