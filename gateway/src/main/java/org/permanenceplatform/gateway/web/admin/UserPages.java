package org.permanenceplatform.gateway.web.admin;

import org.permanenceplatform.gateway.security.GatewayAudit;
import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.gateway.user.UserStore;
import org.permanenceplatform.gateway.web.Navigation;
import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.kit.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Administrators manage who may sign in: list, add (with a first password), stop and restore users. */
@Controller
class UserPages {

    static final int MINIMUM_PASSWORD_LENGTH = 12;

    /** A field at fault in the add-user form. */
    record FieldError(String field, String message) {
    }

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final GatewayAudit audit;

    UserPages(UserStore users, PasswordEncoder passwords, GatewayAudit audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    Mono<String> list(@AuthenticationPrincipal PlatformPrincipal details, Model model) {
        admin(details);
        return Mono.fromCallable(users::all).subscribeOn(Schedulers.boundedElastic())
                .doOnNext(all -> model.addAttribute("users", all))
                .thenReturn("admin/users");
    }

    @GetMapping("/admin/users/new")
    String form(@AuthenticationPrincipal PlatformPrincipal details, Model model) {
        admin(details);
        return showForm(model, Map.of(), List.of());
    }

    @PostMapping("/admin/users/new")
    Mono<String> create(@AuthenticationPrincipal PlatformPrincipal details, ServerWebExchange exchange,
                        Model model) {
        PlatformUser admin = admin(details);
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> fields = fields(form);
            List<FieldError> errors = new ArrayList<>();
            PlatformUser user = validate(fields, errors);
            if (user == null) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return Mono.just(showForm(model, fields, errors));
            }
            return Mono.fromCallable(() -> users.create(user)).subscribeOn(Schedulers.boundedElastic())
                    .flatMap(created -> {
                        if (!created) {
                            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                            return Mono.just(showForm(model, fields,
                                    List.of(new FieldError("username", "This username is taken"))));
                        }
                        return audit.record(GatewayAudit.Action.USER_CREATED, admin.username(), user.username(),
                                exchange).thenReturn("redirect:/admin/users");
                    });
        });
    }

    @PostMapping("/admin/users/{username}/enabled")
    Mono<String> enable(@AuthenticationPrincipal PlatformPrincipal details, @PathVariable String username,
                        ServerWebExchange exchange) {
        PlatformUser admin = admin(details);
        return exchange.getFormData().flatMap(form -> {
            boolean enabled = "true".equals(form.getFirst("enabled"));
            if (!enabled && username.equals(admin.username())) {
                return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "You cannot stop yourself"));
            }
            return Mono.fromCallable(() -> users.setEnabled(username, enabled)).subscribeOn(Schedulers.boundedElastic())
                    .flatMap(found -> found
                            ? audit.record(enabled ? GatewayAudit.Action.USER_ENABLED : GatewayAudit.Action.USER_DISABLED,
                                    admin.username(), username, exchange).thenReturn("redirect:/admin/users")
                            : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
        });
    }

    private PlatformUser validate(Map<String, String> fields, List<FieldError> errors) {
        Role role = null;
        try {
            role = Role.valueOf(Optional.ofNullable(fields.get("role")).orElse(""));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("role", "Choose a role"));
        }
        String password = Optional.ofNullable(fields.get("password")).orElse("");
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "The first password must have at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters"));
        }
        if (fields.get("la") != null && !LocalAuthorities.england().isKnown(fields.get("la"))) {
            errors.add(new FieldError("la", "Enter the 3-digit DfE code of an English local authority"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new PlatformUser(Optional.ofNullable(fields.get("username")).orElse(""), passwords.encode(password),
                    Set.of(role), Optional.ofNullable(fields.get("la")), Optional.ofNullable(fields.get("region")),
                    Optional.ofNullable(fields.get("provider")), true);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String field = message.startsWith("username") ? "username" : message.contains("needs") ? placeField(role)
                    : "username";
            errors.add(new FieldError(field, capitalised(message)));
            return null;
        }
    }

    private static String placeField(Role role) {
        return switch (role.scopeKind()) {
            case LA -> "la";
            case REGION -> "region";
            case PROVIDER -> "provider";
            case NATIONAL -> "role";
        };
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static Map<String, String> fields(MultiValueMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("username", "role", "la", "region", "provider", "password")) {
            String value = form.getFirst(name);
            fields.put(name, value == null || value.isBlank() ? null : value.strip());
        }
        return fields;
    }

    private static String showForm(Model model, Map<String, String> fields, List<FieldError> errors) {
        Map<String, String> shown = new LinkedHashMap<>(fields);
        shown.remove("password"); // never echo a password back
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        return "admin/new-user";
    }

    static PlatformUser admin(PlatformPrincipal details) {
        if (!Navigation.isAdmin(details.user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return details.user();
    }
}
