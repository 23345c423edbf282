package org.permanenceplatform.support.supportcase.api;

import org.permanenceplatform.kit.audit.AuditSubject;
import org.permanenceplatform.support.allowance.domain.Allowance;
import org.permanenceplatform.support.plan.domain.NeedsAssessment;
import org.permanenceplatform.support.plan.domain.SupportPlan;
import org.permanenceplatform.support.request.domain.RequestClock;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.stability.domain.Breakdown;
import org.permanenceplatform.support.stability.domain.RiskFlag;
import org.permanenceplatform.support.supportcase.domain.Household;
import org.permanenceplatform.support.supportcase.domain.Permanence;
import org.permanenceplatform.support.supportcase.domain.Route;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A support case as the API answers it: the child and the family, the permanence the support follows, and the
 * support record with each request's clocks and each allowance against its minimum, as of today. Every answer that
 * carries one is audited.
 */
public record SupportCaseResponse(String id, String laCode, String localChildId, String givenName,
                                  String familyName, LocalDate dateOfBirth, Household household,
                                  List<Permanence> permanence, Route route, List<RequestView> requests,
                                  List<NeedsAssessment> assessments, List<SupportPlan> plans,
                                  List<AllowanceView> allowances, List<RiskFlag> riskFlags,
                                  List<Breakdown> breakdowns, long version, Instant openedAt, LocalDate asOf)
        implements AuditSubject {

    /** A request with its three clocks as of today. */
    public record RequestView(SupportRequest request, List<RequestClock> clocks) {
    }

    /**
     * An allowance with what it pays a week and the national minimum for its kind.
     *
     * @param minimum      pounds a week, or null where none is configured
     * @param belowMinimum whether it is in force today and pays less than the minimum
     */
    public record AllowanceView(Allowance allowance, BigDecimal weeklyAmount, BigDecimal minimum,
                                boolean belowMinimum) {
    }

    @Override
    public String auditId() {
        return id;
    }

    @Override
    public String auditLa() {
        return laCode;
    }
}
