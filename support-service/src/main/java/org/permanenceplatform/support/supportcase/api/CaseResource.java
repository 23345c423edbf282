package org.permanenceplatform.support.supportcase.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.support.supportcase.SupportAccess;
import org.permanenceplatform.support.supportcase.SupportCases;
import org.permanenceplatform.support.supportcase.domain.Household;
import org.permanenceplatform.support.supportcase.domain.Permanence;
import org.permanenceplatform.support.supportcase.domain.Route;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Support cases of the caller's LA: opened by hand (a family whose permanence predates the platform, say), listed and
 * read. Another LA's case answers 404, as a missing one would; an RAA worker sees only adoption cases.
 */
@RestController
@Validated
class CaseResource {

    static final String CASES = "/api/support/cases";

    private final SupportCases cases;
    private final CaseViews views;

    CaseResource(SupportCases cases, CaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    record AdultRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String relationshipToChild) {
    }

    record OpenCaseRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/_-]+") String localChildId,
                           @NotBlank @Size(max = 100) String givenName, @NotBlank @Size(max = 100) String familyName,
                           LocalDate dateOfBirth, @NotNull Route route, @NotNull LocalDate orderDate,
                           @Size(max = 60) String orderType, @Valid @Size(max = 6) List<AdultRequest> adults,
                           @Size(max = 500) String address) {
    }

    @PostMapping(CASES)
    @Audited(resource = "support-case", action = AuditAction.CREATE)
    ResponseEntity<SupportCaseResponse> open(CurrentUser user, @Valid @RequestBody OpenCaseRequest request) {
        user.requireAnyRole(SupportAccess.WORKERS);
        views.requireNotFuture("orderDate", request.orderDate());
        views.requireNotFuture("dateOfBirth", request.dateOfBirth());
        String la = user.requireLa();
        Household household = new Household(request.adults() == null ? List.of() : request.adults().stream()
                .map(adult -> new Household.Adult(adult.name(), adult.relationshipToChild())).toList(),
                request.address());
        SupportCase opened = cases.open(new SupportCase(SupportCase.idOf(la, request.localChildId()), la,
                request.localChildId(), request.givenName(), request.familyName(), request.dateOfBirth(), household,
                List.of(new Permanence(null, request.route(), request.orderDate(), request.orderType())),
                SupportRecord.EMPTY, 1, cases.now(), user.subject()));
        return ResponseEntity.created(URI.create(CASES + "/" + opened.id()))
                .eTag("\"" + opened.version() + "\"").body(views.view(opened));
    }

    /** The LA's cases the caller may read, by the child's family name. */
    @GetMapping(CASES)
    @Audited(resource = "support-case", action = AuditAction.READ)
    List<SupportCaseResponse> list(CurrentUser user) {
        user.requireAnyRole(SupportAccess.CASE_READERS);
        return cases.readableBy(user).stream().map(views::view).toList();
    }

    @GetMapping(CASES + "/{id}")
    @Audited(resource = "support-case", action = AuditAction.READ)
    ResponseEntity<SupportCaseResponse> read(CurrentUser user, @PathVariable String id) {
        user.requireAnyRole(SupportAccess.CASE_READERS);
        return views.respond(cases.readFor(user, id));
    }
}
