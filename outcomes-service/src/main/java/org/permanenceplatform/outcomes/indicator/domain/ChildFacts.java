package org.permanenceplatform.outcomes.indicator.domain;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Who the child is, as far as the national dataset may know ({@code ncpd.child.recorded}): the LA (3-digit DfE
 * code), region (ONS code), sex, major ethnic group, birth month only, disability and UASC.
 */
public record ChildFacts(String la, String region, String sex, String ethnicGroup, YearMonth birthMonth,
                         boolean disabled, boolean uasc) {

    public ChildFacts {
        Objects.requireNonNull(la, "la");
        Objects.requireNonNull(birthMonth, "birthMonth");
    }
}
