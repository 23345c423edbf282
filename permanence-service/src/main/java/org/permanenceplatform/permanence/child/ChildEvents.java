package org.permanenceplatform.permanence.child;

import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.kit.reference.LocalAuthority;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.events.EventCatalogue;
import org.permanenceplatform.permanence.events.NcpdChildDetails;
import org.springframework.stereotype.Component;

import java.time.YearMonth;

/** The events a change to a child's core record emits. */
@Component
public class ChildEvents {

    static final String PRODUCER = "permanence-service";

    private final ChildKeys keys;

    public ChildEvents(ChildKeys keys) {
        this.keys = keys;
    }

    public EventEnvelope recorded(Child child, long sequence) {
        return national(EventCatalogue.CHILD_RECORDED, child, sequence);
    }

    public EventEnvelope corrected(Child child, long sequence) {
        return national(EventCatalogue.CHILD_CORRECTED, child, sequence);
    }

    private EventEnvelope national(String type, Child child, long sequence) {
        String region = LocalAuthorities.england().byCode(child.laCode()).map(LocalAuthority::regionCode)
                .orElseThrow();
        NcpdChildDetails details = new NcpdChildDetails(region, child.details().sex().name(),
                child.details().ethnicity().majorGroup().name(),
                YearMonth.from(child.details().dateOfBirth()).toString(), child.details().disabled(),
                child.details().uasc());
        return EventEnvelope.of(type, 1, child.updatedAt(), PRODUCER,
                keys.keyOf(child.laCode(), child.details().localChildId()), sequence, child.laCode(),
                details.toPayload());
    }
}
