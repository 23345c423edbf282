package org.permanenceplatform.support.queue.api;

import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.support.allowance.domain.AllowanceMinimums;
import org.permanenceplatform.support.allowance.domain.BelowMinimum;
import org.permanenceplatform.support.queue.domain.QueueItem;
import org.permanenceplatform.support.queue.domain.SupportDashboard;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.permanenceplatform.support.supportcase.SupportAccess;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.api.CaseSubject;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * The support worker's queue (requests waiting for a service, overdue first, then longest waiting) and the LA's
 * support dashboard (counts only, no family named).
 */
@RestController
class QueueResource {

    private final SupportCases cases;
    private final SupportStandards standards;
    private final AllowanceMinimums minimums;

    QueueResource(SupportCases cases, SupportStandards standards, AllowanceMinimums minimums) {
        this.cases = cases;
        this.standards = standards;
        this.minimums = minimums;
    }

    record QueueRow(QueueItem item, String laCode) implements CaseSubject {

        @Override
        public String caseId() {
            return item.caseId();
        }
    }

    @GetMapping("/api/support/queue")
    @Audited(resource = "support-case", action = AuditAction.READ)
    List<QueueRow> queue(CurrentUser user) {
        user.requireAnyRole(SupportAccess.WORKERS);
        String la = user.requireLa();
        return QueueItem.queue(cases.readableBy(user), standards, cases.today()).stream()
                .map(item -> new QueueRow(item, la)).toList();
    }

    @GetMapping("/api/support/dashboard")
    SupportDashboard dashboard(CurrentUser user) {
        user.requireAnyRole(SupportAccess.WORKERS);
        LocalDate today = cases.today();
        List<SupportCase> all = cases.readableBy(user);
        int below = all.stream().mapToInt(supportCase -> BelowMinimum.of(supportCase.id(),
                supportCase.record().allowances(), minimums, today).size()).sum();
        return SupportDashboard.of(all, QueueItem.queue(all, standards, today), below, today);
    }
}
