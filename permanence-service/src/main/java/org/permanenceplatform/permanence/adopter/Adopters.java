package org.permanenceplatform.permanence.adopter;

import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.adopter.domain.AdopterHousehold;
import org.permanenceplatform.permanence.adopter.domain.HouseholdDetails;
import org.permanenceplatform.permanence.adopter.store.AdopterStore;
import org.permanenceplatform.permanence.rules.RecordChanges;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The use cases on prospective adopter households: register, read within the caller's LA, list, and the one way a
 * household changes: read within scope, refuse a stale version (409), apply the domain rule (a refusal is 422
 * naming the field), then one conditional write.
 */
@Service
public class Adopters {

    private final AdopterStore store;
    private final Clock clock;

    public Adopters(AdopterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What a change does to the household. */
    public interface HouseholdChange {
        AdopterHousehold apply(AdopterHousehold household, Instant now);
    }

    public AdopterHousehold register(String laCode, HouseholdDetails details, String by) {
        AdopterHousehold household = AdopterHousehold.register(UUID.randomUUID().toString(), laCode, details, now(),
                by);
        store.insert(household);
        return household;
    }

    /** The household, if the caller may see it with one of these roles; otherwise 404, as if it did not exist. */
    public AdopterHousehold readFor(CurrentUser user, String id, Role... roles) {
        return store.find(id).filter(household -> user.mayReadChildOf(household.laCode(), roles))
                .orElseThrow(() -> new NotFoundException("No prospective adopter household " + id
                        + " in your local authority"));
    }

    /**
     * Applies {@code change} to the household.
     *
     * @param field the request field a refusal by the rules is about, when the rule does not name one
     */
    public AdopterHousehold change(CurrentUser user, String id, long fromVersion, Role[] roles, String field,
                                   HouseholdChange change) {
        AdopterHousehold current = readFor(user, id, roles);
        RecordChanges.requireVersion("household", current.version(), fromVersion);
        Instant now = now();
        AdopterHousehold next = RecordChanges.underTheRules(field, () -> change.apply(current, now));
        store.replace(next, current.version());
        return next;
    }

    public List<AdopterHousehold> allOfLa(String laCode) {
        return store.allOfLa(laCode);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
