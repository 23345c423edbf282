package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.Objects;

/**
 * A cell as it may leave the LA's scope: the text to show (a figure, or {@code c}, {@code z}, {@code x}, {@code low})
 * and why it reads so.
 */
public record PublishedCell(String text, Treatment treatment) {

    public enum Treatment {
        /** Shown as computed (rounded to 10 for England and the regions, percentages to whole numbers). */
        SHOWN,
        /** Hidden because it is small ({@code c}). */
        PRIMARY_SUPPRESSION,
        /** Hidden so that another hidden cell cannot be worked out from a total ({@code c}). */
        SECONDARY_SUPPRESSION,
        /** Shown unsuppressed because it is the viewing LA's own figure. */
        OWN_LA_UNSUPPRESSED
    }

    public PublishedCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(treatment, "treatment");
    }

    public boolean suppressed() {
        return treatment == Treatment.PRIMARY_SUPPRESSION || treatment == Treatment.SECONDARY_SUPPRESSION;
    }
}
