package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.Extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What has happened on one stage of an assessment: when it was completed, if it has been, and the extensions of its
 * due date granted so far. Whether they are allowed is the template's business, checked when the clock is worked out.
 *
 * @param completedOn the day the stage was completed (the decision made, the order granted), or null while open
 * @param extensions  the extensions granted, in the order granted
 */
public record StageProgress(LocalDate completedOn, List<Extension> extensions) {

    public StageProgress {
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
    }

    /** A stage with nothing recorded yet. */
    public static StageProgress open() {
        return new StageProgress(null, List.of());
    }

    /** A stage completed on a day, with no extension. */
    public static StageProgress completedOn(LocalDate day) {
        return new StageProgress(Objects.requireNonNull(day, "day"), List.of());
    }

    /** This progress with one more extension granted. */
    public StageProgress extendedBy(Extension extension) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(Objects.requireNonNull(extension, "extension"));
        return new StageProgress(completedOn, more);
    }

    /** This progress with the stage completed on a day. */
    public StageProgress completed(LocalDate day) {
        return new StageProgress(Objects.requireNonNull(day, "day"), extensions);
    }

    public boolean isCompleted() {
        return completedOn != null;
    }
}
