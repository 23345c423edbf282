package org.permanenceplatform.kit.testing;

import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.launcher.GatewayClient;

import java.net.http.HttpRequest;

/** A {@link GatewayClient} whose answers come back as {@link Reply}, with JSON at hand, for assertions. */
public final class GatewaySession extends GatewayClient {

    public GatewaySession(String base) {
        super(base);
    }

    /** Submits the sign-in form; the answer is the redirect (to / on success, /login?error otherwise). */
    public Reply trySignIn(String username, String password) {
        return new Reply(submitSignIn(username, password));
    }

    public Reply get(String path) {
        return send(jsonRead(path));
    }

    public Reply post(String path, String json) {
        return send(jsonWrite(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(jsonWrite(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(HttpRequest.Builder request) {
        return new Reply(exchange(request));
    }
}
