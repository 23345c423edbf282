package org.permanenceplatform.permanence.caseload.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.AuditSubject;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.caseload.Caseloads;
import org.permanenceplatform.permanence.caseload.domain.CaseloadEntry;
import org.permanenceplatform.permanence.caseload.domain.QueueItem;
import org.permanenceplatform.permanence.caseload.domain.TeamDashboard;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The permanence team's caseload, sorted by urgency, the team manager's dashboard, and the IRO's and decision
 * maker's queues. Each caseload and queue row names a child, so those answers are audited. The filters are checked by
 * Spring MVC's own method validation (a 400 problem naming the parameter), so the class is not {@code @Validated}:
 * that proxy's ConstraintViolationException was a 500.
 */
@RestController
class CaseloadResource {

    private final Caseloads caseloads;

    CaseloadResource(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    record CaseloadRow(CaseloadEntry child, String la) implements AuditSubject {
        @Override
        public String auditId() {
            return child.childId();
        }

        @Override
        public String auditLa() {
            return la;
        }
    }

    record QueueRow(QueueItem item, String la) implements AuditSubject {
        @Override
        public String auditId() {
            return item.childId();
        }

        @Override
        public String auditLa() {
            return la;
        }
    }

    @GetMapping("/api/permanence/caseload")
    @Audited(resource = "child", action = AuditAction.READ)
    List<CaseloadRow> caseload(CurrentUser user, @RequestParam(required = false) Route route,
                               @RequestParam(required = false) @Pattern(regexp = "[a-z0-9_-]{1,40}") String stage,
                               @RequestParam(required = false) Boolean overdue,
                               @RequestParam(required = false) @Size(max = 100) String worker,
                               @RequestParam(defaultValue = "false") boolean includeLeftCare) {
        user.requireAnyRole(Access.TEAM);
        String la = user.requireLa();
        return caseloads.caseload(la, new Caseloads.Filter(route, stage, overdue, worker, includeLeftCare)).stream()
                .map(entry -> new CaseloadRow(entry, la)).toList();
    }

    /** Counts only, no child named: the caseload and the queues are where the team manager goes next. */
    @GetMapping("/api/permanence/dashboard")
    TeamDashboard dashboard(CurrentUser user) {
        user.requireAnyRole(Role.TEAM_MANAGER);
        return caseloads.dashboard(user.requireLa());
    }

    @GetMapping("/api/permanence/queues/iro")
    @Audited(resource = "child", action = AuditAction.READ)
    List<QueueRow> iroQueue(CurrentUser user) {
        user.requireAnyRole(Role.IRO, Role.TEAM_MANAGER);
        String la = user.requireLa();
        return caseloads.iroQueue(la).stream().map(item -> new QueueRow(item, la)).toList();
    }

    @GetMapping("/api/permanence/queues/decisions")
    @Audited(resource = "child", action = AuditAction.READ)
    List<QueueRow> decisionQueue(CurrentUser user) {
        user.requireAnyRole(Role.DECISION_MAKER, Role.TEAM_MANAGER);
        String la = user.requireLa();
        return caseloads.decisionQueue(la).stream().map(item -> new QueueRow(item, la)).toList();
    }
}
