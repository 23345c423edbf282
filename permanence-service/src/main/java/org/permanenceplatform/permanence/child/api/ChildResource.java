package org.permanenceplatform.permanence.child.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanenceplatform.kit.audit.AuditAction;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.Access;
import org.permanenceplatform.permanence.child.Children;
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

    ChildResource(Children children, ChildRecordViews views) {
        this.children = children;
        this.views = views;
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

    @GetMapping
    @Audited(resource = "child", action = AuditAction.READ)
    List<ChildResponse> list(CurrentUser user,
                             @RequestParam(defaultValue = "0") @Min(0) int offset,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        user.requireAnyRole(READERS);
        return children.listForLa(user.requireLa(), offset, limit).stream().map(ChildResponse::of).toList();
    }

    private static String etag(Child child) {
        return "\"" + child.version() + "\"";
    }
}
