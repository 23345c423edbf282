package org.permanenceplatform.support.supportcase.api;

import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.support.allowance.domain.AllowanceKind;
import org.permanenceplatform.support.request.domain.ClockStatus;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.permanenceplatform.support.stability.domain.Breakdown;
import org.permanenceplatform.support.supportcase.SupportAccess;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.domain.Permanence;
import org.permanenceplatform.support.supportcase.domain.Route;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's support in brief, for the child's permanence team (practitioners and team managers of the LA), found by
 * the child's local id: no request or plan detail, only where the family's support stands.
 */
@RestController
class SummaryResource {

    private final SupportCases cases;
    private final SupportStandards standards;

    SummaryResource(SupportCases cases, SupportStandards standards) {
        this.cases = cases;
        this.standards = standards;
    }

    /**
     * @param waitingRequests requests whose service has not started
     * @param overdueClocks   clocks of those requests past their standard
     * @param servicesInPlace services of the plans in place today
     * @param allowances      the kinds of allowance in force today
     * @param riskFlags       risk flags raised
     */
    record SupportSummary(String caseId, String laCode, String localChildId, Route route, LocalDate permanenceDate,
                          int waitingRequests, int overdueClocks, int servicesInPlace, List<AllowanceKind> allowances,
                          int riskFlags, List<Breakdown> breakdowns, LocalDate asOf) implements CaseSubject {
    }

    @GetMapping("/api/support/children/{localChildId}/summary")
    @Audited(resource = "support-case", action = AuditAction.READ)
    SupportSummary summary(CurrentUser user, @PathVariable String localChildId) {
        user.requireAnyRole(SupportAccess.SUMMARY_READERS);
        SupportCase supportCase = cases.ofChild(user, localChildId, SupportAccess.SUMMARY_READERS);
        LocalDate today = cases.today();
        var record = supportCase.record();
        var waiting = record.requests().stream().filter(request -> request.waiting()).toList();
        int overdue = (int) waiting.stream().flatMap(request -> standards.clocksOf(request, today).stream())
                .filter(clock -> clock.status() == ClockStatus.OVERDUE).count();
        int services = (int) record.plans().stream().flatMap(plan -> plan.services().stream())
                .filter(service -> service.inPlaceOn(today)).count();
        List<AllowanceKind> allowances = record.allowances().stream().filter(a -> a.inForceOn(today))
                .map(a -> a.kind()).distinct().toList();
        return new SupportSummary(supportCase.id(), supportCase.la(), supportCase.localChildId(),
                supportCase.route().orElse(null),
                supportCase.latestPermanence().map(Permanence::date).orElse(null), waiting.size(), overdue, services,
                allowances, record.riskFlags().size(), record.breakdowns(), today);
    }
}
