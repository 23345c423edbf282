package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.indicator.domain.Cut;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.Subject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cut that puts every subject an indicator counts in a row of its own, marked so that the row can be traced back
 * to the subject's value in every dimension. An indicator computed with it gives, per subject, exactly what that
 * subject adds to any row it falls in: a count of 1, a share of 0 or 1 out of 1, its days as a summary of one
 * value. Added up per LA and combination of values, those make the pre-aggregated figures.
 */
final class SubjectMarks implements Cut {

    /** Where the row names the cut's value. */
    static final char VALUE = '\u0001';
    /** Where the row names the cut's value within a group named by the route. */
    static final char WITHIN = '\u0002';

    /** One subject's row with the mark taken out ({@code template}), and its value in each dimension. */
    record Marked(String template, List<String> labels) {
        String label(Dimension dimension) {
            return labels.get(dimension.ordinal());
        }
    }

    private final List<List<String>> labels = new ArrayList<>();

    @Override
    public String valueOf(Subject subject) {
        return VALUE + mark(subject) + VALUE;
    }

    @Override
    public String within(String group, Subject subject) {
        return group + WITHIN + mark(subject) + WITHIN;
    }

    private String mark(Subject subject) {
        labels.add(Arrays.stream(Dimension.values()).map(dimension -> dimension.valueOf(subject)).toList());
        return Integer.toString(labels.size() - 1);
    }

    /** @throws IllegalStateException when the row carries no mark: an indicator that did not use its cut */
    Marked read(String row) {
        for (char kind : new char[] {VALUE, WITHIN}) {
            int start = row.indexOf(kind);
            if (start >= 0) {
                int end = row.indexOf(kind, start + 1);
                int mark = Integer.parseInt(row.substring(start + 1, end));
                return new Marked(row.substring(0, start + 1) + row.substring(end + 1), labels.get(mark));
            }
        }
        throw new IllegalStateException("the row " + row + " does not say which subject it is");
    }
}
