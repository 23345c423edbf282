package org.permanenceplatform.permanence.adopter.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.adopter.Adopters;
import org.permanenceplatform.permanence.adopter.domain.AdopterHousehold;
import org.permanenceplatform.permanence.adopter.domain.HouseholdDetails;
import org.permanenceplatform.permanence.rules.RecordChanges;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Prospective adopter households of the caller's local authority. Another LA's household answers 404, exactly as a
 * missing one; every answer that names a household is audited.
 */
@RestController
@RequestMapping("/api/permanence/adopters")
class AdopterResource {

    private final Adopters adopters;
    private final AdopterViews views;

    AdopterResource(Adopters adopters, AdopterViews views) {
        this.adopters = adopters;
        this.views = views;
    }

    /** The body of "register a household's interest". The LA comes from the caller's token, never from the body. */
    record AdopterHouseholdRequest(
            @NotNull @Size(min = 1, max = HouseholdDetails.MAX_ADULTS)
            List<@NotBlank @Size(max = HouseholdDetails.MAX_TEXT) String> adults,
            @NotBlank @Size(max = HouseholdDetails.MAX_TEXT) String address,
            @NotNull LocalDate registeredInterest,
            @Size(max = HouseholdDetails.MAX_WORKER) String allocatedWorker) {

        HouseholdDetails toDetails() {
            return RecordChanges.underTheRules("adults",
                    () -> new HouseholdDetails(adults, address, registeredInterest, allocatedWorker));
        }
    }

    /** The body of "correct a household's details", made from the version the user saw (409 if it moved on). */
    record AdopterHouseholdChangeRequest(
            @NotNull @Positive Long version,
            @NotNull @Size(min = 1, max = HouseholdDetails.MAX_ADULTS)
            List<@NotBlank @Size(max = HouseholdDetails.MAX_TEXT) String> adults,
            @NotBlank @Size(max = HouseholdDetails.MAX_TEXT) String address,
            @NotNull LocalDate registeredInterest,
            @Size(max = HouseholdDetails.MAX_WORKER) String allocatedWorker) {

        HouseholdDetails toDetails() {
            return new AdopterHouseholdRequest(adults, address, registeredInterest, allocatedWorker).toDetails();
        }
    }

    @PostMapping
    @Audited(resource = "adopter", action = AuditAction.CREATE)
    ResponseEntity<AdopterHouseholdResponse> register(CurrentUser user,
                                                      @Valid @RequestBody AdopterHouseholdRequest request) {
        user.requireAnyRole(AdopterAccess.WRITERS);
        views.requireNotFuture("registeredInterest", request.registeredInterest());
        AdopterHousehold household = adopters.register(user.requireLa(), request.toDetails(), user.subject());
        return ResponseEntity.created(URI.create("/api/permanence/adopters/" + household.id()))
                .eTag("\"" + household.version() + "\"").body(views.view(household));
    }

    @GetMapping
    @Audited(resource = "adopter", action = AuditAction.READ)
    List<AdopterHouseholdSummary> list(CurrentUser user) {
        user.requireAnyRole(AdopterAccess.READERS);
        return adopters.allOfLa(user.requireLa()).stream().map(views::summary).sorted(AdopterViews.URGENCY).toList();
    }

    @GetMapping("/{id}")
    @Audited(resource = "adopter", action = AuditAction.READ)
    ResponseEntity<AdopterHouseholdResponse> read(CurrentUser user, @PathVariable String id) {
        user.requireAnyRole(AdopterAccess.READERS);
        return views.respond(adopters.readFor(user, id, AdopterAccess.READERS));
    }

    @PutMapping("/{id}")
    @Audited(resource = "adopter", action = AuditAction.UPDATE)
    ResponseEntity<AdopterHouseholdResponse> correct(CurrentUser user, @PathVariable String id,
                                                     @Valid @RequestBody AdopterHouseholdChangeRequest request) {
        user.requireAnyRole(AdopterAccess.WRITERS);
        views.requireNotFuture("registeredInterest", request.registeredInterest());
        return views.respond(adopters.change(user, id, request.version(), AdopterAccess.WRITERS,
                "registeredInterest", (household, now) -> household.withDetails(request.toDetails(), now)));
    }
}
