package org.permanenceplatform.support.supportcase.api;

import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.support.allowance.domain.AllowanceMinimums;
import org.permanenceplatform.support.allowance.domain.BelowMinimum;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.api.SupportCaseResponse.AllowanceView;
import org.permanenceplatform.support.supportcase.api.SupportCaseResponse.RequestView;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Answers a support case as of today, with its version as the ETag; and the checks every form shares. */
@Component
public class CaseViews {

    private final SupportCases cases;
    private final SupportStandards standards;
    private final AllowanceMinimums minimums;

    CaseViews(SupportCases cases, SupportStandards standards, AllowanceMinimums minimums) {
        this.cases = cases;
        this.standards = standards;
        this.minimums = minimums;
    }

    public ResponseEntity<SupportCaseResponse> respond(SupportCase supportCase) {
        return ResponseEntity.ok().eTag("\"" + supportCase.version() + "\"").body(view(supportCase));
    }

    public SupportCaseResponse view(SupportCase supportCase) {
        LocalDate today = cases.today();
        var record = supportCase.record();
        List<BelowMinimum> below = BelowMinimum.of(supportCase.id(), record.allowances(), minimums, today);
        return new SupportCaseResponse(supportCase.id(), supportCase.la(), supportCase.localChildId(),
                supportCase.givenName(), supportCase.familyName(), supportCase.dateOfBirth(),
                supportCase.household(), supportCase.permanence(), supportCase.route().orElse(null),
                record.requests().stream().map(r -> new RequestView(r, standards.clocksOf(r, today))).toList(),
                record.assessments(), record.plans(),
                record.allowances().stream().map(allowance -> new AllowanceView(allowance, allowance.weeklyAmount(),
                        minimums.of(allowance.kind()).orElse(null), below.stream()
                        .anyMatch(b -> b.allowance().id().equals(allowance.id())))).toList(),
                record.riskFlags(), record.breakdowns(), supportCase.version(), supportCase.openedAt(), today);
    }

    /** Refuses a day after today for something that has happened (400 naming the field). */
    public void requireNotFuture(String field, LocalDate day) {
        if (day != null && day.isAfter(cases.today())) {
            throw new InvalidRequestException(field, "must not be in the future");
        }
    }
}
