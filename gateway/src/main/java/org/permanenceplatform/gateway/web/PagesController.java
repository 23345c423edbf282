package org.permanenceplatform.gateway.web;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.gateway.user.PlatformUserDetails;
import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.kit.reference.LocalAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and each role's home page. */
@Controller
class PagesController {

    @GetMapping("/login")
    String login(@RequestParam MultiValueMap<String, String> query, Model model) {
        // Spring Security redirects to /login?error and /login?logout: flags without values.
        model.addAttribute("signInFailed", query.containsKey("error"));
        model.addAttribute("signedOut", query.containsKey("logout"));
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformUserDetails details, Model model) {
        PlatformUser user = details.user();
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().map(Enum::name).sorted().toList());
        model.addAttribute("localAuthority",
                user.la().flatMap(LocalAuthorities.england()::byCode).map(LocalAuthority::name).orElse(null));
        model.addAttribute("welcome", Welcome.of(user));
        return "home";
    }
}
