package org.permanenceplatform.permanence.education.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The education facts the virtual school records for a child for one academic year. Any fact may be unknown (null):
 * a child below Key Stage 2 has no KS2 result, and a child not in Year 11 no Attainment 8.
 *
 * @param ks2ExpectedStandardMet whether the child met the expected standard in reading, writing and maths combined
 * @param attainment8            the Attainment 8 score, 0 to 90
 * @param sessionsMissedPercent  the share of possible sessions missed, 0 to 100 (10 or more is persistent absence)
 * @param suspensions            the number of suspensions in the year
 * @param permanentlyExcluded    whether the child was permanently excluded in the year
 */
public record EducationYear(AcademicYear year, Boolean ks2ExpectedStandardMet, BigDecimal attainment8,
                            BigDecimal sessionsMissedPercent, Integer suspensions, Boolean permanentlyExcluded,
                            String recordedBy, Instant recordedAt) {

    private static final BigDecimal MAX_ATTAINMENT_8 = BigDecimal.valueOf(90);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PERSISTENT_ABSENCE = BigDecimal.TEN;

    public EducationYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (attainment8 != null && (attainment8.signum() < 0 || attainment8.compareTo(MAX_ATTAINMENT_8) > 0)) {
            throw new IllegalArgumentException("Attainment 8 is from 0 to 90");
        }
        if (sessionsMissedPercent != null
                && (sessionsMissedPercent.signum() < 0 || sessionsMissedPercent.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("the share of sessions missed is from 0 to 100");
        }
        if (suspensions != null && suspensions < 0) {
            throw new IllegalArgumentException("suspensions cannot be negative");
        }
    }

    /** Persistent absence: missing 10% or more of possible sessions. Null when absence is not known. */
    public Boolean persistentlyAbsent() {
        return sessionsMissedPercent == null ? null : sessionsMissedPercent.compareTo(PERSISTENT_ABSENCE) >= 0;
    }
}
