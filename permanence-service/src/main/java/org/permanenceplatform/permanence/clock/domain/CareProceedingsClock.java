package org.permanenceplatform.permanence.clock.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The care proceedings timetable: the court must decide an application without delay and in any event within
 * 26 weeks beginning with the day it was issued (Children Act 1989 s32(1)(a)(ii)). The day of issue is the first of
 * the 26 weeks, so the last day is 26 weeks after issue less one day. The court may extend the timetable where that
 * is necessary to resolve the proceedings justly, by up to 8 weeks at a time; the extensions add up.
 *
 * @param issued     the day the application was issued
 * @param extensions the extensions granted so far, in the order granted
 */
public record CareProceedingsClock(LocalDate issued, List<Extension> extensions) {

    public static final int TIMETABLE_WEEKS = 26;
    public static final int LONGEST_EXTENSION_WEEKS = 8;

    public CareProceedingsClock {
        Objects.requireNonNull(issued, "issued");
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
        for (Extension extension : extensions) {
            if (extension.weeks() > LONGEST_EXTENSION_WEEKS) {
                throw new IllegalArgumentException("a court extends care proceedings by at most "
                        + LONGEST_EXTENSION_WEEKS + " weeks at a time, not " + extension.weeks());
            }
        }
    }

    /** Proceedings just issued, with no extension yet. */
    public static CareProceedingsClock issuedOn(LocalDate issued) {
        return new CareProceedingsClock(issued, List.of());
    }

    /** The same proceedings with one more extension granted by the court. */
    public CareProceedingsClock extendedBy(Extension extension) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        return new CareProceedingsClock(issued, more);
    }

    /** The last day of the 26 weeks, before any extension. */
    public LocalDate timetableEnds() {
        return issued.plusWeeks(TIMETABLE_WEEKS).minusDays(1);
    }

    /** The last day by which the court must decide, with every extension granted. */
    public LocalDate dueDate() {
        return timetableEnds().plusWeeks(Extension.totalWeeks(extensions));
    }

    /** Where the proceedings stand on {@code today} while they are undecided. */
    public ClockStatus status(LocalDate today) {
        return ClockStatus.of(dueDate(), today);
    }
}
