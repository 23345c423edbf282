package org.permanenceplatform.outcomes;

import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;

import java.time.LocalDate;

/**
 * Calls on the board challenge log for the authorisation and no-child-key tables: each change is made on a challenge
 * the national board has just raised, so every call finds it in the state the change needs.
 */
final class BoardChallengeCalls {

    static final String CHALLENGES = "/api/outcomes/challenges";

    private final HttpApi api;
    private final String nationalBoard;

    BoardChallengeCalls(HttpApi api) {
        this.api = api;
        this.nationalBoard = new AuthorisationTable("outcomes-service").tokenFor(Role.NATIONAL_BOARD, "840");
    }

    Reply list(String token) {
        return api.get(CHALLENGES, token);
    }

    Reply raise(String token, String target) {
        return api.post(CHALLENGES, token, """
                {"kind": "ACTION", "indicator": "adoption_a10", "target": "%s", "period": "2024-25",
                 "text": "Bring A10 back under 400 days", "due": "%s"}""".formatted(target,
                LocalDate.now().plusDays(30)));
    }

    /** Raised by the national board against the place: its id. */
    String raised(String target) {
        Reply reply = raise(nationalBoard, target);
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not raise a challenge: " + reply);
        }
        return reply.json().get("id").asString();
    }

    /** Reads the first challenge the caller's list holds (the refusal of the list itself, when refused). */
    Reply readFirstListed(String token) {
        Reply list = list(token);
        if (list.status() != 200 || list.json().isEmpty()) {
            return list;
        }
        return api.get(CHALLENGES + "/" + list.json().get(0).get("id").asString(), token);
    }

    Reply answerNew(String token, String la) {
        return api.post(CHALLENGES + "/" + raised(la) + "/answer", token,
                "{\"version\": 1, \"text\": \"Two adoptions were delayed by court dates\"}");
    }

    Reply closeNew(String token, String la) {
        return api.post(CHALLENGES + "/" + raised(la) + "/close", token, "{\"version\": 1}");
    }

    Reply reopenNew(String token, String la) {
        String id = raised(la);
        api.post(CHALLENGES + "/" + id + "/close", nationalBoard, "{\"version\": 1}");
        return api.post(CHALLENGES + "/" + id + "/reopen", token, "{\"version\": 2}");
    }
}
