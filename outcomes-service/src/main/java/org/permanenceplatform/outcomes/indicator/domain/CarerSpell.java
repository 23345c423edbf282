package org.permanenceplatform.outcomes.indicator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A time with the same carer(s): what DOMAIN.md calls a placement for stability, and a move is the start of any
 * spell but the first. A spell begins with a change of carer; placements with the same carers (a new legal status,
 * being placed for adoption with the foster carers: A3/A5) continue it, and temporary stays (T0-T4) neither start
 * nor end one. "Same carers as previous" is read against the last placement that was not temporary (ADR 013).
 *
 * @param end the day the spell ended, or null while it is open
 */
public record CarerSpell(LocalDate start, LocalDate end) {

    static List<CarerSpell> of(List<Placement> placements) {
        List<CarerSpell> spells = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (Placement placement : placements) {
            if (placement.temporary()) {
                continue;
            }
            if (start == null || !placement.withCurrentCarers()) {
                if (start != null) {
                    spells.add(new CarerSpell(start, placement.start()));
                }
                start = placement.start();
            }
            end = placement.end();
        }
        if (start != null) {
            spells.add(new CarerSpell(start, end));
        }
        return spells;
    }

    /** Whether the child was with these carers at some time from {@code from} to {@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || end.isAfter(from));
    }

    public boolean openOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
