package org.permanenceplatform.permanence.education.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.ChildRecords;
import org.permanenceplatform.permanence.child.ChildRecords.Outcome;
import org.permanenceplatform.permanence.child.api.ChildRecordResponse;
import org.permanenceplatform.permanence.child.api.ChildRecordViews;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.education.domain.AcademicYear;
import org.permanenceplatform.permanence.education.domain.EducationYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The virtual school's education facts, one set per academic year ({@code 2024-25} in the path). Recording a year
 * again replaces that year's facts; they reach the national dataset pseudonymised like every other change.
 */
@RestController
class EducationResource {

    private final ChildRecords records;
    private final ChildRecordViews views;

    EducationResource(ChildRecords records, ChildRecordViews views) {
        this.records = records;
        this.views = views;
    }

    record EducationRequest(@NotNull @Positive Long version, Boolean ks2ExpectedStandardMet,
                            @DecimalMin("0") @DecimalMax("90") BigDecimal attainment8,
                            @DecimalMin("0") @DecimalMax("100") BigDecimal sessionsMissedPercent,
                            @Min(0) @Max(366) Integer suspensions, Boolean permanentlyExcluded) {
    }

    @PutMapping("/api/permanence/children/{id}/education/{year}")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> record(CurrentUser user, @PathVariable String id, @PathVariable String year,
                                               @Valid @RequestBody EducationRequest request) {
        user.requireAnyRole(Access.VIRTUAL_SCHOOL);
        AcademicYear academicYear = academicYear(year);
        if (academicYear.firstDay().isAfter(views.today())) {
            throw new InvalidRequestException("year", "must not be a year that has not started");
        }
        return views.respond(records.change(user, id, request.version(), Access.VIRTUAL_SCHOOL, "year",
                (child, now) -> {
                    PermanenceRecord record = child.record();
                    if (record.care().periods().isEmpty()) {
                        throw new IllegalStateException("education facts are kept for children who are or have"
                                + " been looked after");
                    }
                    EducationYear facts = new EducationYear(academicYear, request.ks2ExpectedStandardMet(),
                            request.attainment8(), request.sessionsMissedPercent(), request.suspensions(),
                            request.permanentlyExcluded(), user.subject(), now);
                    List<EducationYear> next = new ArrayList<>(record.education().stream()
                            .filter(existing -> !existing.year().equals(academicYear)).toList());
                    next.add(facts);
                    next.sort(Comparator.comparing(EducationYear::year));
                    return Outcome.of(record.withEducation(next));
                }));
    }

    private static AcademicYear academicYear(String written) {
        try {
            return AcademicYear.parse(written.replace('-', '/'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("year", "must be an academic year written like 2024-25");
        }
    }
}
