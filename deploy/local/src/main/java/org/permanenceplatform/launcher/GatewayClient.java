package org.permanenceplatform.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session at the gateway, driven over HTTP as a browser drives it: the sign-in form with its CSRF field,
 * the session cookie, and the {@code X-XSRF-TOKEN} header that a page script sends with API writes.
 */
public class GatewayClient {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int ATTEMPTS_WHEN_RATE_LIMITED = 10;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public GatewayClient(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Submits the sign-in form; the answer is the gateway's redirect (to / on success, /login?error otherwise). */
    public HttpResponse<String> submitSignIn(String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        return submitForm("/login", "/login", fields);
    }

    /**
     * Submits a form as a browser would: opens the page that holds it for its CSRF field, then posts the fields to
     * the form's action. The answer is the gateway's own (a redirect when the form was accepted).
     */
    public HttpResponse<String> submitForm(String page, String action, Map<String, String> fields) {
        HttpResponse<String> form = exchange(HttpRequest.newBuilder(uri(page)).GET());
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The page " + page + " has no CSRF field (" + form.statusCode() + ")");
        }
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + encode(csrf.group(1));
        return exchange(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in, or throws when the gateway does not accept the login. */
    public void signIn(String username, String password) {
        HttpResponse<String> answer = submitSignIn(username, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("The gateway refused the login of " + username);
        }
    }

    /** A JSON write as a page script sends it: with the CSRF cookie's value in X-XSRF-TOKEN. */
    public HttpRequest.Builder jsonWrite(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json");
        csrfCookie().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return request;
    }

    public HttpRequest.Builder jsonRead(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
    }

    public Optional<String> csrfCookie() {
        return cookie("XSRF-TOKEN");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Sends the request once and returns the gateway's answer as it is, a 429 included. */
    public HttpResponse<String> exchange(HttpRequest.Builder request) {
        return send(request.timeout(Duration.ofSeconds(30)).build(), 1);
    }

    /**
     * Sends the request as a loader should: a 429 (the gateway's per-user rate limit) is honoured by waiting for its
     * {@code Retry-After} and sending again, a few times at most; any other answer is returned as it is.
     */
    public HttpResponse<String> exchangePatiently(HttpRequest.Builder request) {
        return send(request.timeout(Duration.ofSeconds(30)).build(), ATTEMPTS_WHEN_RATE_LIMITED);
    }

    private HttpResponse<String> send(HttpRequest built, int attempts) {
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> answer = client.send(built, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != TOO_MANY_REQUESTS || attempt >= attempts) {
                    return answer;
                }
                Thread.sleep(retryAfter(answer).toMillis());
            }
        } catch (IOException e) {
            throw new IllegalStateException("The gateway did not answer " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The wait a 429 asks for, in whole seconds (1 s when it names none), never more than a minute. */
    static Duration retryAfter(HttpResponse<String> answer) {
        long seconds = answer.headers().firstValue("Retry-After").map(String::trim)
                .filter(value -> value.matches("\\d{1,4}")).map(Long::parseLong).orElse(1L);
        return Duration.ofSeconds(Math.max(1, Math.min(60, seconds)));
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
