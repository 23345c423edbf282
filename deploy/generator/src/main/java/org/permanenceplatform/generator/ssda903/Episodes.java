package org.permanenceplatform.generator.ssda903;

import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.ReasonForPlacementChange;
import org.permanenceplatform.generator.journey.Codes.ReasonNewEpisode;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A period of care cut into SSDA903 episodes: a new episode on every change of legal status or placement, its RNE
 * saying which changed and whether the carers stayed the same (S, L, P, T, B, U), each ending X1 but the last, which
 * ends with the period's reason ceased. REASON_PLACE_CHANGE is given where an episode ends X1 into a new placement
 * (validator rule 225) and never for a temporary placement (rule 226).
 */
public final class Episodes {

    private Episodes() {
    }

    public static List<Episode> of(PeriodOfCare period) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        period.legalStatuses().forEach(spell -> changes.add(spell.start()));
        period.placements().forEach(placement -> changes.add(placement.start()));
        List<LocalDate> days = List.copyOf(changes);
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            boolean last = i == days.size() - 1;
            Placement placement = placementOn(period, day);
            ReasonNewEpisode reasonNew = i == 0 ? ReasonNewEpisode.S : reasonNew(period, day, placement);
            LocalDate end = last ? period.end() : days.get(i + 1);
            ReasonEpisodeCeased ceased = last ? period.reasonCeased() : ReasonEpisodeCeased.X1;
            ReasonForPlacementChange placeChange = !last && placementOn(period, end) != placement
                    && !placement.type().isTemporary() ? placement.reasonForChange() : null;
            episodes.add(new Episode(day, reasonNew, period.legalStatusOn(day), period.categoryOfNeed(),
                    placement.type(), placement.provider(), end, ceased, placeChange));
        }
        return episodes;
    }

    private static ReasonNewEpisode reasonNew(PeriodOfCare period, LocalDate day, Placement placement) {
        boolean newPlacement = placement.start().equals(day);
        boolean newStatus = period.legalStatuses().stream().anyMatch(spell -> spell.start().equals(day));
        if (!newPlacement) {
            return ReasonNewEpisode.L;
        }
        if (newStatus) {
            return placement.sameCarers() ? ReasonNewEpisode.U : ReasonNewEpisode.B;
        }
        return placement.sameCarers() ? ReasonNewEpisode.T : ReasonNewEpisode.P;
    }

    private static Placement placementOn(PeriodOfCare period, LocalDate day) {
        Placement on = period.placements().get(0);
        for (Placement placement : period.placements()) {
            if (!placement.start().isAfter(day)) {
                on = placement;
            }
        }
        return on;
    }
}
