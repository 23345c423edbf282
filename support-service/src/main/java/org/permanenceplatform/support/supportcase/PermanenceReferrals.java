package org.permanenceplatform.support.supportcase;

import org.permanenceplatform.kit.events.Applied;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventHandler;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.permanenceplatform.support.supportcase.store.SupportCaseStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * Every family whose child achieved permanence is referred to post-permanence support: the event opens the child's
 * support case (or joins the one a support worker opened by hand) and adds the permanence to it, once each, in
 * order. The case id comes from the LA and the local child id the event names, so a repeat opens nothing new.
 */
@Component
class PermanenceReferrals implements EventHandler {

    static final String PERMANENCE_ACHIEVED = "la.permanence.achieved";

    private final SupportCaseStore store;
    private final Clock clock;

    PermanenceReferrals(SupportCaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(PERMANENCE_ACHIEVED);
    }

    @Override
    public Applied apply(EventEnvelope event) {
        Object localChildId = event.payload().get("localChildId");
        if (!(localChildId instanceof String local) || local.isBlank()) {
            throw new InvalidRequestException("payload.localChildId", "is needed to open the support case");
        }
        return store.referred(event, SupportCase.idOf(event.la(), local), clock.instant());
    }
}
