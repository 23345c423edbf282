package org.permanenceplatform.permanence.child.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A child known to one local authority's permanence service.
 *
 * @param id        the platform's id for the record
 * @param laCode    the 3-digit DfE code of the LA responsible for the child
 * @param version   bumped by every change; a change must name the version it was made from
 * @param record    the child's periods of care, plan, assessments, placements, moves, education and permanence
 * @param createdBy the subject of the user who recorded the child
 */
public record Child(String id, String laCode, ChildDetails details, PermanenceRecord record, long version,
                    Instant createdAt, Instant updatedAt, String createdBy) {

    public Child {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(laCode, "laCode");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    public static Child record(String id, String laCode, ChildDetails details, Instant now, String by) {
        return new Child(id, laCode, details, PermanenceRecord.EMPTY, 1, now, now, by);
    }

    /** The same child with new details, one version on. The local id is the LA's key and does not change here. */
    public Child withDetails(ChildDetails changed, Instant now) {
        if (!changed.localChildId().equals(details.localChildId())) {
            throw new IllegalArgumentException("the local child id cannot be changed");
        }
        return new Child(id, laCode, changed, record, version + 1, createdAt, now, createdBy);
    }

    /** The same child with its permanence record changed, one version on. */
    public Child withRecord(PermanenceRecord changed, Instant now) {
        return new Child(id, laCode, details, changed, version + 1, createdAt, now, createdBy);
    }
}
