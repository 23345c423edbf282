package org.permanenceplatform.permanence.caseload;

import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplates;
import org.permanenceplatform.permanence.caseload.domain.CaseloadEntry;
import org.permanenceplatform.permanence.caseload.domain.QueueItem;
import org.permanenceplatform.permanence.caseload.domain.TeamDashboard;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.store.ChildStore;
import org.permanenceplatform.permanence.delay.DelayClocks;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** An LA's caseload and its IRO and decision-maker queues, worked out as of today from every child's record. */
@Service
public class Caseloads {

    private static final Comparator<Child> BY_NAME = Comparator
            .comparing((Child child) -> child.details().familyName())
            .thenComparing(child -> child.details().givenName()).thenComparing(Child::id);

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

        /** No filter at all: every child, in care or not. */
        public static final Filter EVERY_CHILD = new Filter(null, null, null, null, true);

        public boolean accepts(CaseloadEntry entry) {
            return (includeLeftCare || entry.inCare())
                    && (route == null || entry.follows(route))
                    && (stage == null || entry.stages().contains(stage))
                    && (overdue == null || entry.overdue() == overdue)
                    && (worker == null || worker.equalsIgnoreCase(entry.allocatedWorker()));
        }
    }

    public List<CaseloadEntry> caseload(String la, Filter filter) {
        return entries(la).filter(filter::accepts).sorted(CaseloadEntry.BY_URGENCY).toList();
    }

    /** The LA's children the filter accepts, in name order (as the plain list of children is). */
    public List<Child> children(String la, Filter filter) {
        LocalDate today = LocalDate.now(clock);
        return children(la).filter(child -> filter.accepts(CaseloadEntry.of(child, delay.of(child, today))))
                .sorted(BY_NAME).toList();
    }

    /** The team manager's view of the LA's children in care: by worker and by route, with what is late. */
    public TeamDashboard dashboard(String la) {
        return TeamDashboard.of(entries(la).filter(CaseloadEntry::inCare).toList());
    }

    private Stream<CaseloadEntry> entries(String la) {
        LocalDate today = LocalDate.now(clock);
        return children(la).map(child -> CaseloadEntry.of(child, delay.of(child, today)));
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
