package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.PlacementProvider;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Codes.ReasonForPlacementChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.permanenceplatform.generator.journey.Codes.PlacementProvider.*;
import static org.permanenceplatform.generator.journey.Codes.PlacementType.*;
import static org.permanenceplatform.generator.journey.Codes.ReasonForPlacementChange.*;

/**
 * The placements of one period of care: a first placement, moves at a rate that depends on the kind of care (each
 * with a reason for change in the proportions of the 2024 placement changes, reference section 2.3), now and then
 * a temporary T0 or T4 stay that returns to the usual carers, and the placement the path ends in (placed for
 * adoption, with the special guardians, with parents, a long-term match with the same carers...).
 */
final class PlacementStory {

    private static final ReasonForPlacementChange[] MOVE_REASONS =
            {CARPL, OTHER, CREQB, CREQO, CHILD, LAREQ, CLOSE, STAND, ALLEG};
    private static final double[] MOVE_REASON_SHARES = {31, 22, 8, 6, 3, 3, 2, 1, 1};
    private static final double TEMPORARY_STAYS_A_YEAR = 0.06;

    private final Draw draw;
    private final List<Stint> stints = new ArrayList<>();

    /** A stay with one set of carers from {@code start}; {@code previousEnded} says why the one before it ended. */
    private record Stint(LocalDate start, PlacementType type, PlacementProvider provider, boolean sameCarers,
                         ReasonForPlacementChange previousEnded) {
    }

    PlacementStory(Draw draw) {
        this.draw = draw;
    }

    /** Placements from {@code start} up to {@code movesUntil}, the day the path's last placement begins. */
    PlacementStory settle(LocalDate start, LocalDate movesUntil, PlacementType first, double movesAYear) {
        stints.add(new Stint(start, first, providerFor(first), false, null));
        LocalDate day = start;
        while (true) {
            day = day.plusDays(draw.exponential(365 / movesAYear));
            if (!day.isBefore(movesUntil.minusDays(10))) {
                break;
            }
            if (draw.chance(TEMPORARY_STAYS_A_YEAR / movesAYear)) {
                day = temporaryStay(day, movesUntil);
            } else {
                PlacementType next = current().type.isFoster() ? (draw.chance(0.15) ? U3 : U6) : current().type;
                stints.add(new Stint(day, next, providerFor(next), false,
                        draw.pick(MOVE_REASONS, MOVE_REASON_SHARES)));
            }
        }
        return this;
    }

    /** A move to new carers on {@code day}, as the care plan says. */
    PlacementStory moveTo(LocalDate day, PlacementType type, PlacementProvider provider) {
        if (day.isAfter(current().start)) {
            stints.add(new Stint(day, type, provider, false, CARPL));
        }
        return this;
    }

    /** The same carers in a new capacity from {@code day}: foster carers adopting, a long-term match ratified. */
    PlacementStory sameCarersAs(LocalDate day, PlacementType type) {
        if (day.isAfter(current().start)) {
            stints.add(new Stint(day, type, current().provider, true, PLACE));
        }
        return this;
    }

    PlacementType currentType() {
        return current().type;
    }

    /** The placements, the last one ending with the period on {@code end}. */
    List<Placement> placements(LocalDate end) {
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < stints.size(); i++) {
            Stint stint = stints.get(i);
            boolean last = i == stints.size() - 1;
            LocalDate until = last ? end : stints.get(i + 1).start;
            ReasonForPlacementChange why = last ? CARPL : stints.get(i + 1).previousEnded;
            placements.add(new Placement(stint.start, until, stint.type, stint.provider, stint.sameCarers,
                    stint.type.isTemporary() ? null : why));
        }
        return placements;
    }

    /** A T4 (a week at most) or T0 stay, then back to the usual carers; answers the day of return. */
    private LocalDate temporaryStay(LocalDate day, LocalDate movesUntil) {
        Stint usual = current();
        boolean upToAWeek = draw.chance(0.7);
        LocalDate back = day.plusDays(upToAWeek ? draw.between(1, 7) : draw.between(1, 21));
        if (!back.isBefore(movesUntil.minusDays(1))) {
            return day;
        }
        stints.add(new Stint(day, upToAWeek ? T4 : T0, upToAWeek ? PR1 : null, false, OTHER));
        stints.add(new Stint(back, usual.type, usual.provider, false, null));
        return back;
    }

    private Stint current() {
        return stints.get(stints.size() - 1);
    }

    PlacementProvider providerFor(PlacementType type) {
        return switch (type) {
            case P1 -> PR0;
            case U3, U1, U5 -> draw.chance(0.9) ? PR1 : PR5;
            case U4, U6 -> draw.pick(new PlacementProvider[] {PR1, PR4, PR5}, new double[] {0.6, 0.35, 0.05});
            case K2, R1 -> draw.pick(new PlacementProvider[] {PR4, PR1, PR5}, new double[] {0.8, 0.15, 0.05});
            case A4, A6 -> draw.pick(new PlacementProvider[] {PR1, PR2, PR5}, new double[] {0.55, 0.2, 0.25});
            case A3, A5 -> PR1;
            case T4 -> PR1;
            case T0 -> null;
        };
    }
}
