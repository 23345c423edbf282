package org.permanenceplatform.outcomes.challenge;

import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.FieldProblem;
import org.permanenceplatform.kit.problem.InvalidRequestException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.problem.RuleNotMetException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.outcomes.challenge.domain.Challenge;
import org.permanenceplatform.outcomes.challenge.domain.ChallengeKind;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The board challenge log's use cases (ADR 016): a board raises challenges and actions against places in its scope
 * and closes or reopens them; the LA a challenge is addressed to answers it. A challenge outside the caller's scope
 * is answered 404, as if it did not exist.
 */
@Service
public class BoardChallenges {

    /** The LA roles that read their LA's figures: they see and answer the challenges addressed to their LA. */
    public static final Role[] LA_ROLES = {Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER, Role.IRO,
            Role.VIRTUAL_SCHOOL, Role.SUPPORT_WORKER};
    public static final Role[] BOARDS = {Role.REGIONAL_BOARD, Role.NATIONAL_BOARD};

    /** What a board asks for when it raises one, as sent. */
    public record Raise(ChallengeKind kind, String indicator, String target, String period, String text,
                        LocalDate due) {
    }

    private final ChallengeStore store;
    private final ChallengeScopes scopes;
    private final IndicatorCatalogue indicators;
    private final Clock clock;

    BoardChallenges(ChallengeStore store, ChallengeScopes scopes, IndicatorCatalogue indicators, Clock clock) {
        this.store = store;
        this.scopes = scopes;
        this.indicators = indicators;
        this.clock = clock;
    }

    public Challenge raise(CurrentUser user, Raise raise) {
        user.requireAnyRole(BOARDS);
        ChallengeScopes.BoardScope board = scopes.boardOf(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (indicators.find(raise.indicator().strip()).isEmpty()) {
            problems.add(new FieldProblem("indicator", "is not an indicator: see /api/outcomes/indicators for "
                    + "their ids"));
        }
        try {
            FinancialYear.parse(raise.period());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", "must be a financial year written like 2024-25"));
        }
        var target = scopes.place(raise.target().strip());
        if (target.isEmpty()) {
            problems.add(new FieldProblem("target", "is not an LA code, a board grouping or England"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<FieldProblem> rules = new ArrayList<>();
        if (!board.mayTarget(target.get().code())) {
            rules.add(new FieldProblem("target", "is outside your board's grouping"));
        }
        if (raise.due().isBefore(today())) {
            rules.add(new FieldProblem("due", "must not be in the past"));
        }
        if (!rules.isEmpty()) {
            throw new RuleNotMetException(rules);
        }
        Challenge challenge = Challenge.raised(UUID.randomUUID().toString(), raise.kind(), raise.indicator().strip(),
                target.get().code(), target.get().name(), target.get().las(), board.code(), raise.period().strip(),
                raise.text().strip(), raise.due(), user.subject(), now(), today());
        store.insert(challenge);
        return challenge;
    }

    /** A board's: those against its places, newest due last; an LA's: those addressed to it, overdue first. */
    public List<Challenge> visibleTo(CurrentUser user) {
        if (user.hasAnyRole(BOARDS)) {
            ChallengeScopes.BoardScope board = scopes.boardOf(user);
            return board.national() ? store.all() : store.against(board.targets());
        }
        user.requireAnyRole(LA_ROLES);
        LocalDate today = today();
        return store.addressedTo(user.requireLa()).stream()
                .sorted(Comparator.comparing((Challenge challenge) -> !challenge.overdueOn(today))
                        .thenComparing(Challenge::due))
                .toList();
    }

    public Challenge read(CurrentUser user, String id) {
        user.requireAnyRole(union());
        return store.find(id).filter(challenge -> mayRead(user, challenge))
                .orElseThrow(() -> new NotFoundException("No challenge " + id + " in your scope"));
    }

    public Challenge answer(CurrentUser user, String id, long fromVersion, String text) {
        user.requireAnyRole(LA_ROLES);
        return change(user, id, fromVersion, "status",
                challenge -> challenge.answered(text.strip(), user.subject(), now()));
    }

    public Challenge close(CurrentUser user, String id, long fromVersion) {
        user.requireAnyRole(BOARDS);
        return change(user, id, fromVersion, "status", challenge -> challenge.closed(user.subject(), now()));
    }

    public Challenge reopen(CurrentUser user, String id, long fromVersion) {
        user.requireAnyRole(BOARDS);
        return change(user, id, fromVersion, "status", Challenge::reopened);
    }

    private Challenge change(CurrentUser user, String id, long fromVersion, String field,
                             UnaryOperator<Challenge> change) {
        Challenge current = read(user, id);
        if (current.version() != fromVersion) {
            throw new ConflictException("The challenge was changed by someone "
                    + "else (now version " + current.version() + ", your change was made from version "
                    + fromVersion + "). Reload it and try again.");
        }
        Challenge changed;
        try {
            changed = change.apply(current);
        } catch (IllegalStateException refused) {
            throw new RuleNotMetException(field, refused.getMessage());
        }
        store.replace(changed, fromVersion);
        return changed;
    }

    /** A board sees those against its places; the LA those addressed to it alone (not to its grouping). */
    private boolean mayRead(CurrentUser user, Challenge challenge) {
        if (user.hasAnyRole(BOARDS)) {
            return scopes.boardOf(user).mayTarget(challenge.target());
        }
        return user.la().filter(challenge::addressedTo).isPresent();
    }

    private static Role[] union() {
        Role[] all = new Role[LA_ROLES.length + BOARDS.length];
        System.arraycopy(LA_ROLES, 0, all, 0, LA_ROLES.length);
        System.arraycopy(BOARDS, 0, all, LA_ROLES.length, BOARDS.length);
        return all;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
