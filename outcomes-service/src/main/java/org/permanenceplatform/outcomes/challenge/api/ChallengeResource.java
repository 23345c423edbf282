package org.permanenceplatform.outcomes.challenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.outcomes.challenge.BoardChallenges;
import org.permanenceplatform.outcomes.challenge.domain.Challenge;
import org.permanenceplatform.outcomes.challenge.domain.ChallengeKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The board challenge log (ADR 016): a board raises a challenge or action against an indicator for a place in its
 * scope, and closes or reopens it; the LA it is addressed to lists and answers it. Places and indicators only: no
 * child is ever named.
 */
@RestController
@RequestMapping("/api/outcomes/challenges")
class ChallengeResource {

    private final BoardChallenges challenges;

    ChallengeResource(BoardChallenges challenges) {
        this.challenges = challenges;
    }

    /**
     * @param target an LA's 3-digit code, a board grouping's id (a region's ONS code) or England ({@code E92000001})
     * @param period the financial year of the figure, {@code 2024-25}
     * @param due    when the board wants the answer; today at the earliest
     */
    record RaiseRequest(@NotNull ChallengeKind kind, @NotBlank String indicator, @NotBlank String target,
                        @NotBlank String period, @NotBlank @Size(max = 4000) String text, @NotNull LocalDate due) {
    }

    record AnswerRequest(@NotNull @Positive Long version, @NotBlank @Size(max = 4000) String text) {
    }

    record VersionRequest(@NotNull @Positive Long version) {
    }

    /** A board's challenges against its places; an LA's addressed to it, overdue first. */
    @GetMapping
    List<ChallengeView> list(CurrentUser user) {
        return challenges.visibleTo(user).stream().map(this::view).toList();
    }

    @PostMapping
    ResponseEntity<ChallengeView> raise(CurrentUser user, @Valid @RequestBody RaiseRequest body) {
        Challenge raised = challenges.raise(user, new BoardChallenges.Raise(body.kind(), body.indicator(),
                body.target(), body.period(), body.text(), body.due()));
        return ResponseEntity.created(URI.create("/api/outcomes/challenges/" + raised.id())).body(view(raised));
    }

    @GetMapping("/{id}")
    ChallengeView read(CurrentUser user, @PathVariable String id) {
        return view(challenges.read(user, id));
    }

    @PostMapping("/{id}/answer")
    ChallengeView answer(CurrentUser user, @PathVariable String id, @Valid @RequestBody AnswerRequest body) {
        return view(challenges.answer(user, id, body.version(), body.text()));
    }

    @PostMapping("/{id}/close")
    ChallengeView close(CurrentUser user, @PathVariable String id, @Valid @RequestBody VersionRequest body) {
        return view(challenges.close(user, id, body.version()));
    }

    @PostMapping("/{id}/reopen")
    ChallengeView reopen(CurrentUser user, @PathVariable String id, @Valid @RequestBody VersionRequest body) {
        return view(challenges.reopen(user, id, body.version()));
    }

    private ChallengeView view(Challenge challenge) {
        return ChallengeView.of(challenge, challenges.today());
    }
}
