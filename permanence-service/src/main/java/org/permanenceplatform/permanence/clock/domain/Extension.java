package org.permanenceplatform.permanence.clock.domain;

import java.util.Objects;

/**
 * An extension of a statutory clock, granted for a stated reason. Both extensions the law allows on the clocks
 * here are granted in weeks: a court extends care proceedings by up to 8 weeks at a time (Children Act 1989
 * s32(5)-(8)), and a nominated officer extends a connected person's temporary approval by up to 8 weeks
 * (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 25).
 *
 * @param weeks  the length of the extension, at least 1 week
 * @param reason why it was needed, as recorded for the court, the IRO or the file
 */
public record Extension(int weeks, String reason) {

    public Extension {
        Objects.requireNonNull(reason, "reason");
        reason = reason.strip();
        if (weeks < 1) {
            throw new IllegalArgumentException("an extension is at least 1 week, not " + weeks);
        }
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("an extension needs a reason");
        }
    }

    /** The total weeks of several extensions. */
    public static int totalWeeks(Iterable<Extension> extensions) {
        int total = 0;
        for (Extension extension : extensions) {
            total += extension.weeks();
        }
        return total;
    }
}
