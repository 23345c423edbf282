package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.LegalStatus;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.Route;
import org.permanenceplatform.generator.journey.PeriodOfCare.LegalStatusSpell;
import org.permanenceplatform.generator.journey.PeriodOfCare.PlanChange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.permanenceplatform.generator.journey.Codes.LegalStatus.*;
import static org.permanenceplatform.generator.journey.Codes.PlacementType.*;
import static org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased.*;

/**
 * One whole period of care for a path of {@link Leaving}: its end and reason ceased, the legal statuses (care
 * proceedings, a placement order before any A5/A6), the placements and the permanence plan with its route changes.
 */
final class PeriodMaker {

    private final Draw draw;

    PeriodMaker(Draw draw) {
        this.draw = draw;
    }

    /** The day a period on this path, starting on {@code start}, ends: at 18 at the latest. */
    LocalDate end(Leaving leaving, LocalDate start, LocalDate birthDate) {
        int age = (int) ChronoUnit.DAYS.between(birthDate, start);
        LocalDate end = start.plusDays(leaving.lengthOfStay(draw, age));
        LocalDate eighteen = birthDate.plusYears(18);
        return end.isBefore(eighteen) ? end : eighteen;
    }

    PeriodOfCare period(Leaving leaving, LocalDate start, LocalDate birthDate, boolean uasc) {
        return period(leaving, start, end(leaving, start, birthDate), birthDate, uasc);
    }

    PeriodOfCare period(Leaving leaving, LocalDate start, LocalDate end, LocalDate birthDate, boolean uasc) {
        int age = (int) ChronoUnit.DAYS.between(birthDate, start);
        boolean atEighteen = end.equals(birthDate.plusYears(18));
        ReasonEpisodeCeased reason = leaving.reasonCeased(draw, atEighteen);
        if (leaving == Leaving.ADOPTION) {
            return adoption(start, end, reason);
        }
        List<LegalStatusSpell> statuses = careProceedings(leaving, reason, start, end, uasc);
        List<Placement> placements = placements(leaving, reason, start, end, age);
        return new PeriodOfCare(start, end, reason, categoryOfNeed(uasc), statuses, placements,
                plan(leaving, reason, start, end));
    }

    /** Placement order part way through, placed for adoption at least 10 weeks before the order. */
    private PeriodOfCare adoption(LocalDate start, LocalDate end, ReasonEpisodeCeased reason) {
        long stay = ChronoUnit.DAYS.between(start, end);
        LocalDate placed = end.minusDays(draw.between(70, 200));
        PlacementStory story = new PlacementStory(draw);
        List<LegalStatusSpell> statuses = new ArrayList<>();
        if (draw.chance(0.05)) {
            statuses.add(new LegalStatusSpell(start, V2));
            story.settle(start, placed, U6, 0.3);
            if (draw.chance(0.3)) {
                story.sameCarersAs(placed, A3);
            } else {
                story.moveTo(placed, A4, story.providerFor(A4));
            }
            reason = E11;
        } else {
            LocalDate order = start.plusDays(stay * draw.between(35, 50) / 100);
            statuses.addAll(careProceedings(start, end, 0));
            statuses.removeIf(spell -> !spell.start().isBefore(order) && spell.status() != C1);
            statuses.add(new LegalStatusSpell(order, E1));
            boolean fosteredForAdoption = draw.chance(0.15);
            story.settle(start, placed, fosteredForAdoption ? U5 : U6, fosteredForAdoption ? 0.05 : 0.3);
            if (story.currentType() == U5 || draw.chance(0.1)) {
                story.sameCarersAs(placed, A5);
            } else {
                story.moveTo(placed, A6, story.providerFor(A6));
            }
        }
        List<PlanChange> plan = new ArrayList<>(plan(Leaving.ADOPTION, reason, start, end));
        if (draw.chance(0.6) && plan.size() == 1) {
            PlanChange first = plan.get(0);
            plan.set(0, new PlanChange(first.date(), Route.RETURN_HOME, Route.ADOPTION, "twin-track planning"));
            LocalDate decision = first.date().plusDays(Math.max(1, (placed.toEpochDay() - first.date().toEpochDay()) / 3));
            plan.add(new PlanChange(decision, Route.ADOPTION, null, "agency decision: should be placed for adoption"));
        }
        return new PeriodOfCare(start, end, reason, categoryOfNeed(false), statuses, story.placements(end), plan);
    }

    private List<LegalStatusSpell> careProceedings(Leaving leaving, ReasonEpisodeCeased reason, LocalDate start,
                                                   LocalDate end, boolean uasc) {
        if (reason == E9) {
            return List.of(new LegalStatusSpell(start, J1));
        }
        double accommodated = switch (leaving) {
            case RETURN_HOME, OTHER_EARLY_END -> 0.7;
            case RESIDENTIAL_TO_ADULTHOOD, CHILD_ARRANGEMENTS_ORDER -> 0.4;
            case SPECIAL_GUARDIANSHIP -> 0.2;
            default -> 0.1;
        };
        if (uasc || draw.chance(accommodated)) {
            return List.of(new LegalStatusSpell(start, V2));
        }
        return careProceedings(start, end, 0.08);
    }

    /** Interim care order (after police protection or an EPO now and then), full care order at about 26 weeks. */
    private List<LegalStatusSpell> careProceedings(LocalDate start, LocalDate end, double emergencyShare) {
        List<LegalStatusSpell> statuses = new ArrayList<>();
        LocalDate interim = start;
        if (draw.chance(emergencyShare) && ChronoUnit.DAYS.between(start, end) > 8) {
            statuses.add(new LegalStatusSpell(start, draw.chance(0.6) ? L1 : L2));
            interim = start.plusDays(draw.between(1, 8));
        }
        statuses.add(new LegalStatusSpell(interim, C1));
        LocalDate full = start.plusDays(draw.triangular(120, 182, 260));
        if (full.isBefore(end)) {
            statuses.add(new LegalStatusSpell(full, C2));
        }
        return statuses;
    }

    private List<Placement> placements(Leaving leaving, ReasonEpisodeCeased reason, LocalDate start, LocalDate end,
                                       int age) {
        PlacementStory story = new PlacementStory(draw);
        long stay = ChronoUnit.DAYS.between(start, end);
        LocalDate lastMove = start.plusDays(Math.max(1, stay * draw.between(50, 90) / 100));
        boolean teenager = age >= 13 * 365;
        PlacementType first = teenager && reason != E17 && draw.chance(0.35) ? K2 : (draw.chance(0.2) ? U3 : U6);
        switch (leaving) {
            case SPECIAL_GUARDIANSHIP -> {
                story.settle(start, lastMove, first == K2 ? U6 : first, 0.3);
                if (reason == E45) {
                    story.moveTo(lastMove, U3, story.providerFor(U3));
                } else if (reason == E46 && !story.currentType().isFoster()) {
                    story.moveTo(lastMove, U6, story.providerFor(U6));
                }
            }
            case CHILD_ARRANGEMENTS_ORDER -> story.settle(start, lastMove, first == K2 ? U3 : first, 0.3)
                    .moveTo(lastMove, U3, story.providerFor(U3));
            case RETURN_HOME -> {
                story.settle(start, lastMove, first, teenager ? 0.8 : 0.35);
                if (stay > 180 && draw.chance(0.3)) {
                    story.moveTo(lastMove, P1, story.providerFor(P1));
                }
            }
            case FOSTERED_TO_ADULTHOOD -> {
                LocalDate matched = start.plusDays(Math.min(stay - 1, draw.between(300, 1100)));
                story.settle(start, matched, first == K2 ? U6 : first, 0.3);
                story.sameCarersAs(matched, story.currentType() == U3 ? U1 : U4);
            }
            case RESIDENTIAL_TO_ADULTHOOD -> story.settle(start, lastMove, first, 0.9)
                    .moveTo(lastMove, reason == E17 ? U6 : K2, story.providerFor(K2));
            default -> story.settle(start, start.plusDays(Math.max(1, stay)), reason == E17 ? U6 : first, 0.6);
        }
        return story.placements(end);
    }

    /**
     * The plan by the second review (about 4 months). A child who leaves before then by a permanence route (home,
     * mostly) has that route agreed as the plan on the day they leave: permanence-service records permanence only
     * by a route of the plan. Others who leave before then have none.
     */
    private List<PlanChange> plan(Leaving leaving, ReasonEpisodeCeased reason, LocalDate start, LocalDate end) {
        LocalDate set = start.plusDays(draw.between(60, 120));
        if (!set.isBefore(end)) {
            return reason.route() == null ? List.of()
                    : List.of(new PlanChange(end, reason.route(), null, "agreed before leaving care"));
        }
        Route route = leaving.plannedRoute();
        if (route == Route.SPECIAL_GUARDIANSHIP && draw.chance(0.5)) {
            LocalDate changed = set.plusDays(Math.max(1, ChronoUnit.DAYS.between(set, end) / 2));
            return List.of(new PlanChange(set, Route.RETURN_HOME, route, "twin-track planning"),
                    new PlanChange(changed, route, null, "return home ruled out by the parenting assessment"));
        }
        return List.of(new PlanChange(set, route, null, "second statutory review"));
    }

    private Codes.CategoryOfNeed categoryOfNeed(boolean uasc) {
        if (uasc) {
            return Codes.CategoryOfNeed.N8;
        }
        return draw.pick(Codes.CategoryOfNeed.values(), new double[] {65, 3, 3, 8, 14, 2, 0.5, 4.5});
    }
}
