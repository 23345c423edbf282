package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.Extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the record keeps of one stage: its progress, who completed it, and a note (the court and case number for an
 * order, the decision's reasons for a decision).
 */
public record StageRecord(String key, LocalDate completedOn, List<Extension> extensions, String completedBy,
                          String note) {

    public StageRecord {
        Objects.requireNonNull(key, "key");
        extensions = List.copyOf(extensions);
    }

    public static StageRecord open(String key) {
        return new StageRecord(key, null, List.of(), null, null);
    }

    public StageProgress progress() {
        return new StageProgress(completedOn, extensions);
    }

    StageRecord completed(LocalDate on, String by, String withNote) {
        return new StageRecord(key, on, extensions, by, withNote);
    }

    StageRecord extended(Extension extension) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        return new StageRecord(key, completedOn, more, completedBy, note);
    }
}
