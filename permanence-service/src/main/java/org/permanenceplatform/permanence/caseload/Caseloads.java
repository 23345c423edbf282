package org.permanenceplatform.permanence.caseload;

import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.caseload.domain.CaseloadEntry;
import org.permanenceplatform.permanence.caseload.domain.QueueItem;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.store.ChildStore;
import org.permanenceplatform.permanence.delay.DelayClocks;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** An LA's caseload and its IRO and decision-maker queues, worked out as of today from every child's record. */
@Service
public class Caseloads {

    private final ChildStore store;
    private final DelayClocks delay;
    private final AssessmentTemplates templates;
    private final Clock clock;

    public Caseloads(ChildStore store, DelayClocks delay, AssessmentTemplates templates, Clock clock) {
        this.store = store;
        this.delay = delay;
        this.templates = templates;
        this.clock = clock;
    }

    /** The caseload filters; null means any. */
    public record Filter(Route route, String stage, Boolean overdue, String worker, boolean includeLeftCare) {
    }

    public List<CaseloadEntry> caseload(String la, Filter filter) {
        LocalDate today = LocalDate.now(clock);
        return children(la).map(child -> CaseloadEntry.of(child, delay.of(child, today)))
                .filter(entry -> filter.includeLeftCare() || entry.inCare())
                .filter(entry -> filter.route() == null || entry.follows(filter.route()))
                .filter(entry -> filter.stage() == null || entry.stages().contains(filter.stage()))
                .filter(entry -> filter.overdue() == null || entry.overdue() == filter.overdue())
                .filter(entry -> filter.worker() == null || filter.worker().equalsIgnoreCase(entry.allocatedWorker()))
                .sorted(CaseloadEntry.BY_URGENCY).toList();
    }

    public List<QueueItem> iroQueue(String la) {
        LocalDate today = LocalDate.now(clock);
        return queue(la, child -> QueueItem.forIro(child, delay.of(child, today)));
    }

    public List<QueueItem> decisionQueue(String la) {
        return queue(la, child -> QueueItem.forDecisionMaker(child, templates));
    }

    private List<QueueItem> queue(String la, Function<Child, List<QueueItem>> items) {
        return children(la).flatMap(child -> items.apply(child).stream()).sorted(QueueItem.SOONEST).toList();
    }

    private Stream<Child> children(String la) {
        return store.allOfLa(la).stream();
    }
}
