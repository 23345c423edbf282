package org.permanenceplatform.permanence.child.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.caseload.Caseloads;
import org.permanenceplatform.permanence.caseload.Caseloads.Filter;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.Children;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Children of the caller's local authority. Another LA's child answers 404, exactly as a missing one. */
@RestController
@RequestMapping("/api/permanence/children")
class ChildResource {

    static final Role[] READERS = Access.READERS;
    static final Role[] WRITERS = Access.TEAM;

    private final Children children;
    private final ChildRecordViews views;
    private final Caseloads caseloads;

    ChildResource(Children children, ChildRecordViews views, Caseloads caseloads) {
        this.children = children;
        this.views = views;
        this.caseloads = caseloads;
    }

    @PostMapping
    @Audited(resource = "child", action = AuditAction.CREATE)
    ResponseEntity<ChildResponse> record(CurrentUser user, @Valid @RequestBody ChildRequest request) {
        user.requireAnyRole(WRITERS);
        Child child = children.record(user.requireLa(), request.toDetails(), user.subject());
        return ResponseEntity.created(URI.create("/api/permanence/children/" + child.id()))
                .eTag(etag(child)).body(ChildResponse.of(child));
    }

    @GetMapping("/{id}")
    @Audited(resource = "child", action = AuditAction.READ)
    ResponseEntity<ChildRecordResponse> read(CurrentUser user, @PathVariable String id) {
        user.requireAnyRole(READERS);
        return views.respond(children.readFor(user, id, READERS));
    }

    @PutMapping("/{id}")
    @Audited(resource = "child", action = AuditAction.UPDATE)
    ResponseEntity<ChildRecordResponse> correct(CurrentUser user, @PathVariable String id,
                                                @Valid @RequestBody ChildChangeRequest request) {
        user.requireAnyRole(WRITERS);
        Child current = children.readFor(user, id, WRITERS);
        return views.respond(children.correct(current, request.toDetails(current.details().localChildId()),
                request.version()));
    }

    /**
     * The LA's children in name order, a page at a time. With a filter (the route a plan or open assessment follows,
     * the stage an assessment is at, whether a clock is overdue, the allocated worker), only the children it accepts,
     * whether in care or not.
     */
    @GetMapping
    @Audited(resource = "child", action = AuditAction.READ)
    List<ChildResponse> list(CurrentUser user,
                             @RequestParam(defaultValue = "0") @Min(0) int offset,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                             @RequestParam(required = false) Route route,
                             @RequestParam(required = false) @Pattern(regexp = "[a-z0-9_-]{1,40}") String stage,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(required = false) @Size(max = 100) String worker) {
        user.requireAnyRole(READERS);
        String la = user.requireLa();
        Filter filter = new Filter(route, stage, overdue, worker, true);
        List<Child> page = filter.equals(Filter.EVERY_CHILD) ? children.listForLa(la, offset, limit)
                : caseloads.children(la, filter).stream().skip(offset).limit(limit).toList();
        return page.stream().map(ChildResponse::of).toList();
    }

    private static String etag(Child child) {
        return "\"" + child.version() + "\"";
    }
}
