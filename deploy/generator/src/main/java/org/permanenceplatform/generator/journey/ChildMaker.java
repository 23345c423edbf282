package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.Ethnicity;
import org.permanenceplatform.generator.journey.Codes.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.permanenceplatform.generator.journey.Codes.Ethnicity.*;

/**
 * A child entering care on a given day, with who they are (sex, DfE ethnicity code, birth date, disability, UASC)
 * and every period of care: the first, and for some who went home or to family a second one later. Proportions from
 * the reference (section 2.1: 56% male; 71% White, 11% Mixed, 8% Black, 5% Asian; UASC about 8% of the 31 March
 * count, nearly all boys aged 14 to 17).
 */
public final class ChildMaker {

    private static final Ethnicity[] ETHNICITIES = Ethnicity.values();
    private static final double[] ETHNICITY_SHARES =
            {60, 1, 1, 7, 2, 4, 2, 2, 3, 1, 1.5, 0.5, 2, 2, 4, 2, 0.2, 3.8, 0.3, 0.7};
    private static final Ethnicity[] UASC_ETHNICITIES = {OOTH, AOTH, BAFR, BOTH};
    private static final double[] UASC_ETHNICITY_SHARES = {35, 30, 25, 10};
    private static final double RE_ENTRY_AFTER_GOING_HOME = 0.12;

    private final SplittableRandom random;
    private final Draw draw;
    private final PeriodMaker periods;

    /** @param random this child's own stream, so that skipping one child changes no other */
    private ChildMaker(SplittableRandom random) {
        this.random = random;
        this.draw = new Draw(random);
        this.periods = new PeriodMaker(draw);
    }

    /**
     * A child of {@code laCode} (old 3-digit code) who enters care on {@code entry}, complete to the end of care;
     * empty, and cheaply, when the child left before {@code windowStart} and will not come back.
     */
    public static Optional<Child> make(SplittableRandom random, String laCode, int entryYear, int sequence,
                                       LocalDate entry, LocalDate windowStart) {
        return new ChildMaker(random).make(laCode, entryYear, sequence, entry, windowStart);
    }

    /** The child's id: the LA's code, the entry year's last two digits and a 5-digit sequence (8401900012). */
    public static String childId(String laCode, int entryYear, int sequence) {
        return laCode + Upn.digits(entryYear % 100, 2) + Upn.digits(sequence, 5);
    }

    private Optional<Child> make(String laCode, int entryYear, int sequence, LocalDate entry, LocalDate windowStart) {
        Leaving leaving = Leaving.draw(draw);
        boolean uasc = leaving == Leaving.UNACCOMPANIED_TO_ADULTHOOD;
        LocalDate birthDate = entry.minusDays(leaving.ageAtEntry(draw));
        LocalDate end = periods.end(leaving, entry, birthDate);
        boolean mayComeBack = leaving == Leaving.RETURN_HOME || leaving == Leaving.OTHER_EARLY_END;
        if (end.isBefore(windowStart) && !mayComeBack) {
            return Optional.empty();
        }
        Sex sex = draw.chance(uasc ? 0.94 : 0.55) ? Sex.M : Sex.F;
        Ethnicity ethnicity = uasc ? draw.pick(UASC_ETHNICITIES, UASC_ETHNICITY_SHARES)
                : draw.pick(ETHNICITIES, ETHNICITY_SHARES);
        List<PeriodOfCare> care = new ArrayList<>();
        care.add(periods.period(leaving, entry, end, birthDate, uasc));
        reEntry(care.get(0), birthDate).ifPresent(care::add);
        boolean disabled = draw.chance(0.05);
        String upn = Upn.of(laCode, birthDate, draw);
        List<Assessment> assessments = new ArrayList<>();
        AssessmentMaker assessing = new AssessmentMaker(draw);
        care.forEach(period -> assessments.addAll(assessing.assessments(period)));
        List<EducationYear> education = new SchoolYears(draw).of(birthDate, care);
        AfterPermanence.Facts after = new AfterPermanence(draw).of(birthDate, care);
        care = new PlacementCosts(new Draw(random.split())).of(care);
        care = new PlacementDistances(new Draw(random.split())).of(care);
        return Optional.of(new Child(laCode, childId(laCode, entryYear, sequence), sex, ethnicity, birthDate,
                disabled, uasc, upn, care, assessments, education, after.requests(), after.breakdowns()));
    }

    private Optional<PeriodOfCare> reEntry(PeriodOfCare first, LocalDate birthDate) {
        boolean wentHome = first.reasonCeased().route() == Codes.Route.RETURN_HOME
                || first.reasonCeased() == Codes.ReasonEpisodeCeased.E13;
        LocalDate back = first.end().plusDays(draw.between(30, 700));
        if (!wentHome || !draw.chance(RE_ENTRY_AFTER_GOING_HOME) || back.isAfter(birthDate.plusYears(17))) {
            return Optional.empty();
        }
        boolean young = back.isBefore(birthDate.plusYears(12));
        Leaving again = draw.pick(new Leaving[] {Leaving.RETURN_HOME, Leaving.SPECIAL_GUARDIANSHIP,
                Leaving.FOSTERED_TO_ADULTHOOD, Leaving.OTHER_EARLY_END}, new double[] {0.5, young ? 0.15 : 0, 0.2, 0.15});
        return Optional.of(periods.period(again, back, birthDate, false));
    }
}
