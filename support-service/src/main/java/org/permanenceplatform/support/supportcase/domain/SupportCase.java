package org.permanenceplatform.support.supportcase.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One permanence family's support case: the child (as the LA knows them), the family, the permanence(s) the support
 * follows, and the support record. The case document is the write unit; every change names the version it was made
 * from.
 *
 * @param id          derived from the LA code and the local child id, so the same child never has two cases
 * @param dateOfBirth the child's date of birth, when known (Staying Put is for 18 to 21)
 */
public record SupportCase(String id, String la, String localChildId, String givenName, String familyName,
                          LocalDate dateOfBirth, Household household, List<Permanence> permanence,
                          SupportRecord record, long version, Instant openedAt, String openedBy) {

    public SupportCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(la, "la");
        Objects.requireNonNull(localChildId, "localChildId");
        household = household == null ? Household.unknown() : household;
        permanence = permanence == null ? List.of() : List.copyOf(permanence);
        record = record == null ? SupportRecord.EMPTY : record;
    }

    /**
     * The case id of a child: a name-based UUID of the LA code and the local child id, so the permanence-achieved
     * event and a support worker opening the case by hand arrive at the same case.
     */
    public static String idOf(String la, String localChildId) {
        return UUID.nameUUIDFromBytes((la + "\u001f" + localChildId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The latest permanence the support follows. */
    public Optional<Permanence> latestPermanence() {
        return permanence.stream().max(Comparator.comparing(Permanence::date));
    }

    public Optional<Route> route() {
        return latestPermanence().map(Permanence::route);
    }

    public SupportCase withRecord(SupportRecord next) {
        return new SupportCase(id, la, localChildId, givenName, familyName, dateOfBirth, household, permanence, next,
                version + 1, openedAt, openedBy);
    }
}
