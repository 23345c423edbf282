package org.permanenceplatform.generator.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The carer households of one LA, recruited as placements need them, with the children each has had. */
final class Households {

    /**
     * The chance that a household with a free place suits the child (age, needs, siblings, the carers' own
     * preferences): without matching, every free place would be filled and hardly any household would have one.
     */
    static final double SUITABLE = 0.5;

    /**
     * The chance that foster carers are approved for one place more than they take children for (a place kept for
     * a sibling, a break between children, a carer's own family's needs): the register's vacancies include these, as
     * the published vacancy counts do.
     */
    static final double PLACE_HELD_BACK = 0.3;

    private final String la;
    private final SplittableRandom random;
    private final List<Household> all = new ArrayList<>();
    private final Map<String, List<Household>> fosterPools = new LinkedHashMap<>();

    Households(String la, SplittableRandom random) {
        this.la = la;
        this.random = random;
    }

    /** One household: its approval and the placements it has had (end null while open). */
    final class Household {
        final String id;
        final String kind;
        final String provider;
        final LocalDate approved;
        final int places;
        final int approvedPlaces;
        final List<LocalDate[]> placements = new ArrayList<>();

        Household(String kind, String provider, LocalDate approved, int places, int approvedPlaces) {
            this.id = la + "-C" + String.format("%05d", all.size() + 1);
            this.kind = kind;
            this.provider = provider;
            this.approved = approved;
            this.places = places;
            this.approvedPlaces = approvedPlaces;
        }

        void place(LocalDate start, LocalDate end) {
            placements.add(new LocalDate[] {start, end});
        }

        int placedOn(LocalDate day) {
            int placed = 0;
            for (LocalDate[] stay : placements) {
                placed += !stay[0].isAfter(day) && (stay[1] == null || stay[1].isAfter(day)) ? 1 : 0;
            }
            return placed;
        }

        /** Still approved on {@code day}: a child placed, or (foster carers) one within the last two years. */
        boolean approvedOn(LocalDate day) {
            if (placedOn(day) > 0) {
                return true;
            }
            if (!kind.equals("FOSTER")) {
                return false;
            }
            LocalDate lastEnd = approved;
            for (LocalDate[] stay : placements) {
                lastEnd = stay[1] != null && stay[1].isAfter(lastEnd) ? stay[1] : lastEnd;
            }
            return !lastEnd.plusDays(CarerRegister.DAYS_IDLE_BEFORE_LEAVING).isBefore(day);
        }
    }

    /** A suitable foster household of this provider with a free place on {@code day}, or a newly approved one. */
    Household withAFreePlace(String kind, String provider, LocalDate day) {
        if (!kind.equals("FOSTER")) {
            boolean two = random.nextDouble() < (kind.equals("KINSHIP") ? 0.2 : 0.25);
            LocalDate approved = kind.equals("KINSHIP") ? day : day.minusDays(60 + random.nextInt(340));
            return recruit(kind, provider, approved, two ? 2 : 1, two ? 2 : 1);
        }
        List<Household> pool = fosterPools.computeIfAbsent(provider, key -> new ArrayList<>());
        pool.removeIf(household -> !household.approvedOn(day));
        List<Household> free = pool.stream().filter(household -> household.placedOn(day) < household.places)
                .filter(household -> random.nextDouble() < SUITABLE)
                .toList();
        if (!free.isEmpty()) {
            return free.get(random.nextInt(free.size()));
        }
        double u = random.nextDouble();
        int places = u < 0.25 ? 1 : u < 0.7 ? 2 : 3;
        Household recruited = recruit(kind, provider, day.minusDays(14 + random.nextInt(350)), places,
                places + (random.nextDouble() < PLACE_HELD_BACK ? 1 : 0));
        pool.add(recruited);
        return recruited;
    }

    private Household recruit(String kind, String provider, LocalDate approved, int places, int approvedPlaces) {
        Household household = new Household(kind, provider, approved, places, approvedPlaces);
        all.add(household);
        return household;
    }

    /** The register on {@code day}, in recruitment order. */
    List<Carer> onTheRegister(LocalDate day) {
        return all.stream().filter(household -> !household.approved.isAfter(day) && household.approvedOn(day))
                .map(household -> new Carer(la, household.id, household.kind, household.provider,
                        household.approved, household.approvedPlaces, household.placedOn(day)))
                .toList();
    }
}
