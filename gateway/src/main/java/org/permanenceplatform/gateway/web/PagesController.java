package org.permanenceplatform.gateway.web;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.PlatformPrincipal;
import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.kit.reference.LocalAuthority;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The sign-in page and each role's home page. */
@Controller
class PagesController {

    private final List<OidcProvider> oidcProviders;

    /** An OIDC provider people may sign in with. */
    record OidcProvider(String id, String name) {
    }

    PagesController(ObjectProvider<InMemoryReactiveClientRegistrationRepository> registrations) {
        List<OidcProvider> providers = new java.util.ArrayList<>();
        InMemoryReactiveClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            repository.forEach(registration -> providers.add(
                    new OidcProvider(registration.getRegistrationId(), registration.getClientName())));
        }
        this.oidcProviders = List.copyOf(providers);
    }

    @GetMapping("/login")
    String login(@RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("oidcProviders", oidcProviders);
        // Spring Security redirects to /login?error and /login?logout: flags without values.
        model.addAttribute("signInFailed", query.containsKey("error"));
        model.addAttribute("signedOut", query.containsKey("logout"));
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformPrincipal details, Model model) {
        PlatformUser user = details.user();
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().map(Enum::name).sorted().toList());
        model.addAttribute("localAuthority",
                user.la().flatMap(LocalAuthorities.england()::byCode).map(LocalAuthority::name).orElse(null));
        model.addAttribute("welcome", Welcome.of(user));
        return "home";
    }
}
