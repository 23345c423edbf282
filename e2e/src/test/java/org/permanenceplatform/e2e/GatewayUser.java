package org.permanenceplatform.e2e;

import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo user signed in at the gateway, whose every call fails the test if the platform answers 5xx: whatever a user
 * sends, a fault on our side is never the answer.
 */
final class GatewayUser {

    private final String username;
    private final GatewaySession session;

    private GatewayUser(String username, GatewaySession session) {
        this.username = username;
        this.session = session;
    }

    /** Signs in with the demo login of this run (the platform's {@code demo-logins.txt}). */
    static GatewayUser signIn(String username) {
        return new GatewayUser(username, WalkingSkeletonIT.signedIn(username));
    }

    String username() {
        return username;
    }

    Reply get(String path) {
        return neverAServerError("GET " + path, session.get(path));
    }

    Reply post(String path, String json) {
        return neverAServerError("POST " + path, session.post(path, json));
    }

    Reply put(String path, String json) {
        return neverAServerError("PUT " + path, session.put(path, json));
    }

    Reply send(String method, String path, String json) {
        return method.equals("PUT") ? put(path, json) : post(path, json);
    }

    /** A read asking for another representation than JSON (the YAML API description). */
    Reply get(String path, String accept) {
        return neverAServerError("GET " + path, session.send(session.jsonRead(path).setHeader("Accept", accept)));
    }

    private Reply neverAServerError(String call, Reply reply) {
        assertThat(reply.status()).as("%s as %s answered %s", call, username, reply).isLessThan(500);
        return reply;
    }

    @Override
    public String toString() {
        return username;
    }
}
