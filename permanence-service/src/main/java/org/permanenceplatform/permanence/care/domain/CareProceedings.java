package org.permanenceplatform.permanence.care.domain;

import org.permanenceplatform.permanence.clock.domain.CareProceedingsClock;
import org.permanenceplatform.permanence.clock.domain.Extension;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Care proceedings about the child: issued on a date, to be decided within 26 weeks unless the court extends the
 * timetable (up to 8 weeks at a time), concluded when the court makes its final order.
 *
 * @param concluded the day of the final hearing's order, or null while the proceedings run
 */
public record CareProceedings(String id, LocalDate issued, List<Extension> extensions, LocalDate concluded) {

    public CareProceedings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issued, "issued");
        extensions = List.copyOf(extensions);
        if (concluded != null && concluded.isBefore(issued)) {
            throw new RuleBroken("concluded", "proceedings cannot conclude before they were issued (" + issued + ")");
        }
    }

    public static CareProceedings issuedOn(String id, LocalDate issued) {
        return new CareProceedings(id, issued, List.of(), null);
    }

    public CareProceedingsClock clock() {
        return new CareProceedingsClock(issued, extensions);
    }

    public boolean isRunning() {
        return concluded == null;
    }

    public CareProceedings extendedBy(Extension extension) {
        requireRunning();
        CareProceedingsClock extended = clock().extendedBy(extension);
        return new CareProceedings(id, issued, extended.extensions(), null);
    }

    public CareProceedings concludedOn(LocalDate day) {
        requireRunning();
        return new CareProceedings(id, issued, extensions, day);
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new IllegalStateException("the proceedings concluded on " + concluded);
        }
    }
}
