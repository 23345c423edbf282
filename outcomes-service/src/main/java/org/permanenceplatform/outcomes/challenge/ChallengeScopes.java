package org.permanenceplatform.outcomes.challenge;

import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.outcomes.figures.Places;
import org.permanenceplatform.outcomes.figures.domain.Area;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The places a challenge may be raised against, and each board's reach among them: the national board any LA, any
 * grouping and England; a regional board its own grouping and the grouping's LAs (DOMAIN.md, boards).
 */
@Component
class ChallengeScopes {

    /** A place a challenge is raised against, with the LAs it covers. */
    record Place(String code, String name, Set<String> las) {
    }

    /**
     * @param code    the board's grouping id, or England's code for the national board
     * @param targets the places it may raise challenges against (empty for the national board: all of them)
     */
    record BoardScope(String code, boolean national, Set<String> targets) {

        boolean mayTarget(String target) {
            return national || targets.contains(target);
        }
    }

    private final Places places;

    ChallengeScopes(Places places) {
        this.places = places;
    }

    /** An LA by its code, a grouping by its id, or England by its code ({@code E92000001}). */
    Optional<Place> place(String code) {
        Area england = places.england();
        if (england.geography().code().equals(code)) {
            return Optional.of(new Place(code, england.name(), england.las()));
        }
        return places.la(code).map(la -> new Place(code, la.name(), la.las()))
                .or(() -> places.boardGrouping(code).map(grouping -> new Place(code, grouping.area().name(),
                        grouping.area().las())));
    }

    /** @throws AccessDeniedException when the caller is on no board, or on one this service does not know */
    BoardScope boardOf(CurrentUser user) {
        if (user.hasAnyRole(Role.NATIONAL_BOARD)) {
            return new BoardScope(places.england().geography().code(), true, Set.of());
        }
        user.requireAnyRole(Role.REGIONAL_BOARD);
        String id = user.region().orElseThrow(() -> new AccessDeniedException("A board member needs a grouping"));
        Places.BoardGrouping grouping = places.boardGrouping(id).orElseThrow(() -> new AccessDeniedException(
                "The board grouping " + id + " is not one this service knows"));
        Set<String> targets = new HashSet<>(grouping.area().las());
        targets.add(id);
        return new BoardScope(id, false, targets);
    }
}
