package org.permanenceplatform.support.plan.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An assessment of the family's needs for support, usually answering a request.
 *
 * @param requestId the request it answers, or null for an assessment the LA started itself (at a review, say)
 * @param needs     what the family needs, in the worker's words
 */
public record NeedsAssessment(String id, String requestId, LocalDate completed, String needs, String recordedBy) {

    public NeedsAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(completed, "completed");
    }
}
