package org.permanenceplatform.outcomes.figures.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A published whole and the published parts it adds up to: a region over its LAs, England over the regions, a board
 * grouping over its member LAs. Each is a margin along which disclosure control looks for a hidden cell that could
 * be worked out by subtraction. The parts must cover the whole's LAs exactly once.
 */
public record Nesting(Area whole, List<Area> parts) {

    public Nesting {
        Objects.requireNonNull(whole, "whole");
        parts = List.copyOf(parts);
        Set<String> covered = new HashSet<>();
        for (Area part : parts) {
            for (String la : part.las()) {
                if (!covered.add(la)) {
                    throw new IllegalArgumentException(whole.name() + " counts LA " + la + " twice");
                }
            }
        }
        if (parts.isEmpty() || !covered.equals(whole.las())) {
            throw new IllegalArgumentException("the parts of " + whole.name() + " do not cover exactly its LAs");
        }
    }
}
