package org.permanenceplatform.support.allowance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.support.allowance.domain.Allowance;
import org.permanenceplatform.support.allowance.domain.AllowanceKind;
import org.permanenceplatform.support.allowance.domain.AllowanceMinimums;
import org.permanenceplatform.support.allowance.domain.BelowMinimum;
import org.permanenceplatform.support.allowance.domain.Frequency;
import org.permanenceplatform.support.supportcase.SupportAccess;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.api.CaseSubject;
import org.permanenceplatform.support.supportcase.api.CaseViews;
import org.permanenceplatform.support.supportcase.api.SupportCaseResponse;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Allowances paid to permanence families, and the report of those in force below the national minimum. */
@RestController
class AllowanceResource {

    private final SupportCases cases;
    private final CaseViews views;
    private final AllowanceMinimums minimums;

    AllowanceResource(SupportCases cases, CaseViews views, AllowanceMinimums minimums) {
        this.cases = cases;
        this.views = views;
        this.minimums = minimums;
    }

    record AllowanceRequest(@NotNull @Positive Long version, @NotNull AllowanceKind kind,
                            @NotNull @DecimalMin("0.01") @Digits(integer = 7, fraction = 2) BigDecimal amount,
                            @NotNull Frequency frequency, @NotNull LocalDate start, LocalDate end,
                            LocalDate reviewDate) {
    }

    /** One allowance below its minimum, naming the family's case. */
    record BelowMinimumRow(String caseId, String laCode, String givenName, String familyName, BelowMinimum below)
            implements CaseSubject {
    }

    @PostMapping("/api/support/cases/{id}/allowances")
    @Audited(resource = "support-case", action = AuditAction.UPDATE)
    ResponseEntity<SupportCaseResponse> grant(CurrentUser user, @PathVariable String id,
                                              @Valid @RequestBody AllowanceRequest body) {
        return views.respond(cases.change(user, id, body.version(), "start", (current, today) -> {
            Allowance allowance = new Allowance(UUID.randomUUID().toString(), body.kind(), body.amount(),
                    body.frequency(), body.start(), body.end(), body.reviewDate());
            allowance.requireAgeFits(current.dateOfBirth());
            return current.record().withAllowances(SupportRecord.plus(current.record().allowances(), allowance));
        }));
    }

    /** Allowances in force today below the national minimum for their kind, largest shortfall first. */
    @GetMapping("/api/support/allowances/below-minimum")
    @Audited(resource = "support-case", action = AuditAction.READ)
    List<BelowMinimumRow> belowMinimum(CurrentUser user) {
        user.requireAnyRole(SupportAccess.WORKERS);
        LocalDate today = cases.today();
        return cases.readableBy(user).stream()
                .flatMap(supportCase -> BelowMinimum.of(supportCase.id(), supportCase.record().allowances(),
                        minimums, today).stream().map(below -> row(supportCase, below)))
                .sorted((a, b) -> BelowMinimum.WORST_FIRST.compare(a.below(), b.below()))
                .toList();
    }

    private static BelowMinimumRow row(SupportCase supportCase, BelowMinimum below) {
        return new BelowMinimumRow(supportCase.id(), supportCase.la(), supportCase.givenName(),
                supportCase.familyName(), below);
    }
}
