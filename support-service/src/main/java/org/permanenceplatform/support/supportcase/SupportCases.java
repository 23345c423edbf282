package org.permanenceplatform.support.supportcase;

import io.micrometer.core.instrument.MeterRegistry;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.problem.RuleNotMetException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.support.events.SupportEvents;
import org.permanenceplatform.support.rules.domain.RuleBroken;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;
import org.permanenceplatform.support.supportcase.store.SupportCaseStore;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The use cases on support cases: open one by hand, read within scope, list, and the one way a case changes: read
 * within the caller's scope, refuse a stale version (409), apply the domain rule (a refusal is 422 naming the field),
 * then store the change with the national dataset events it emits in one conditional write.
 */
@Service
public class SupportCases {

    private final SupportCaseStore store;
    private final SupportEvents events;
    private final Clock clock;
    private final MeterRegistry meters;

    public SupportCases(SupportCaseStore store, SupportEvents events, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /** What a change does to the case's record, given the case as it stands and today's date. */
    public interface CaseChange {
        SupportRecord apply(SupportCase current, LocalDate today);
    }

    public SupportCase open(SupportCase opened) {
        store.insert(opened);
        meters.counter("support.cases.opened", "la", opened.la(), "by", "hand").increment();
        return opened;
    }

    /** The case, if the caller may read it; otherwise 404, as if it did not exist. */
    public SupportCase readFor(CurrentUser user, String id) {
        return store.find(id).filter(supportCase -> SupportAccess.mayRead(user, supportCase))
                .orElseThrow(() -> new NotFoundException("No support case " + id + " in your local authority"));
    }

    /** The case of a child of the caller's LA, for one of these roles; otherwise 404. */
    public SupportCase ofChild(CurrentUser user, String localChildId, Role... roles) {
        String la = user.requireLa();
        return store.find(SupportCase.idOf(la, localChildId))
                .filter(supportCase -> user.mayReadChildOf(supportCase.la(), roles))
                .orElseThrow(() -> new NotFoundException("No support case for child " + localChildId
                        + " in your local authority"));
    }

    /** Every case of the caller's LA that the caller may read. */
    public List<SupportCase> readableBy(CurrentUser user) {
        return store.allOfLa(user.requireLa()).stream()
                .filter(supportCase -> SupportAccess.mayRead(user, supportCase)).toList();
    }

    /**
     * Applies {@code change} to the case, as its LA's support worker.
     *
     * @param field the request field a refusal is about, when the rule does not name one
     */
    public SupportCase change(CurrentUser user, String id, long fromVersion, String field, CaseChange change) {
        user.requireAnyRole(SupportAccess.WORKERS);
        SupportCase current = readFor(user, id);
        if (current.version() != fromVersion) {
            throw new ConflictException("The support case was changed by someone else (now version "
                    + current.version() + ", your change was made from version " + fromVersion
                    + "). Reload it and make your change again.");
        }
        SupportCase changed;
        try {
            changed = current.withRecord(change.apply(current, today()));
        } catch (RuleBroken refused) {
            throw new RuleNotMetException(refused.field(), refused.getMessage());
        } catch (IllegalArgumentException | IllegalStateException refused) {
            throw new RuleNotMetException(field, refused.getMessage());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        store.replace(changed, current.version(), events.changed(current, changed, now,
                () -> store.nextSequence(id)));
        return changed;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
