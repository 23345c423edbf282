package org.permanenceplatform.outcomes.figures;

import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.outcomes.figures.domain.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which figures a caller may see, from the token's role and place (DOMAIN.md, users and what each may see), decided
 * here in the service whatever the gateway did. A caller holding several roles gets the widest view among them: the
 * national board's, a board's, then an LA's own. Providers, RAA workers and administrators see no figures.
 */
@Component
public class FigureScopes {

    /** The LA roles whose holders see their own LA's figures beside England's. */
    static final Role[] LA_ROLES = {Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER, Role.IRO,
            Role.VIRTUAL_SCHOOL, Role.SUPPORT_WORKER};

    private final Places places;

    FigureScopes(Places places) {
        this.places = places;
    }

    /** @throws AccessDeniedException (403) when the caller may see no figures */
    public Scope of(CurrentUser user) {
        if (user.hasAnyRole(Role.NATIONAL_BOARD)) {
            return Scope.national(places.england(), places.regions());
        }
        if (user.hasAnyRole(Role.REGIONAL_BOARD)) {
            String id = user.region().orElseThrow(() -> new AccessDeniedException("A board member needs a grouping"));
            Places.BoardGrouping grouping = places.boardGrouping(id).orElseThrow(() -> new AccessDeniedException(
                    "The board grouping " + id + " is not one this service knows"));
            return Scope.board(grouping.area(), grouping.members(), places.england());
        }
        if (user.hasAnyRole(LA_ROLES)) {
            return Scope.ownLa(places.la(user.requireLa()).orElseThrow(() -> new AccessDeniedException(
                    "The LA " + user.la().orElse("") + " is not one this service knows")), places.england());
        }
        throw new AccessDeniedException("Outcome figures are for LA staff, boards and the national board");
    }
}
