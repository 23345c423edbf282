package org.permanenceplatform.generator.carers;

import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Each LA's register of carer households on the "as of" day, built from the placements generated: every foster,
 * kinship or adoptive placement is made with a household of its kind and provider that has a free place on its
 * first day (a placement with the same carers stays with them), and a household is recruited when none has. Foster
 * households take one to three children and leave the register after two years without one; relatives and friends
 * are approved for their own child (now and then a sibling too), adopters for one or two; both leave when their
 * child does. So every child placed with carers on the day has them in the register, and the vacancies are the free
 * places left over. Children must arrive grouped by LA, as the generator hands them out; the LA's households go to
 * the sink when its children are done, in recruitment order.
 */
public final class CarerRegister implements Consumer<Child>, AutoCloseable {

    static final int DAYS_IDLE_BEFORE_LEAVING = 730;

    private final long seed;
    private final LocalDate asOf;
    private final Consumer<Carer> sink;
    private final List<Stay> stays = new ArrayList<>();
    private String la;

    /** One child's placement with carers; {@code previous} is the child's stay before it, for the same carers. */
    private record Stay(LocalDate start, LocalDate end, String kind, String provider, Stay previous,
                        boolean sameCarers, String childId, int number) {

        boolean occupies(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    public CarerRegister(Settings settings, Consumer<Carer> sink) {
        this.seed = settings.seed();
        this.asOf = settings.asOf();
        this.sink = sink;
    }

    @Override
    public void accept(Child child) {
        if (!child.laCode().equals(la)) {
            flush();
            la = child.laCode();
        }
        int number = 0;
        for (PeriodOfCare period : child.periods()) {
            Stay previous = null;
            for (Placement placement : period.placements()) {
                String kind = kind(placement.type());
                if (kind == null) {
                    previous = placement.type().isTemporary() ? previous : null;
                    continue;
                }
                Stay stay = new Stay(placement.start(), placement.end(), kind, placement.provider().name(), previous,
                        placement.sameCarers() && previous != null, child.childId(), ++number);
                stays.add(stay);
                previous = stay;
            }
        }
    }

    @Override
    public void close() {
        flush();
    }

    private void flush() {
        if (la == null) {
            return;
        }
        Households households = new Households(la, new SplittableRandom(seed ^ la.hashCode() * 0xD1B54A32D192ED03L));
        Map<Stay, Households.Household> carers = new HashMap<>();
        // The same carers keep a child before anyone else can take the place that child's last placement freed.
        stays.sort(Comparator.comparing(Stay::start).thenComparing(stay -> !stay.sameCarers())
                .thenComparing(Stay::childId).thenComparingInt(Stay::number));
        for (Stay stay : stays) {
            Households.Household household = stay.sameCarers() && carers.containsKey(stay.previous())
                    ? carers.get(stay.previous())
                    : households.withAFreePlace(stay.kind(), stay.provider(), stay.start());
            household.place(stay.start(), stay.end());
            carers.put(stay, household);
        }
        households.onTheRegister(asOf).forEach(sink);
        stays.clear();
    }

    /** The register's kind of carers for a placement type, or null for a placement not with carers. */
    static String kind(PlacementType type) {
        return switch (type) {
            case U1, U3 -> "KINSHIP";
            case U4, U5, U6 -> "FOSTER";
            case A3, A4, A5, A6 -> "ADOPTIVE";
            default -> null;
        };
    }
}
