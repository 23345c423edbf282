package org.permanenceplatform.gateway.web.support;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.kit.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A child's post-permanence support in brief, for the child's record page: fetched from support-service as the
 * signed-in practitioner or team manager. The record page never waits on it for long or fails because of it: it says
 * honestly whether the family has no support case or whether support information cannot be had right now.
 */
@Component
public class SupportSummaries {

    /** What the record page shows: {@code state} (SHOWN, NO_CASE, UNAVAILABLE or HIDDEN) and the summary. */
    public static final Map<String, Object> HIDDEN = Map.of("state", "HIDDEN");
    private static final Map<String, Object> NO_CASE = Map.of("state", "NO_CASE");
    private static final Map<String, Object> UNAVAILABLE = Map.of("state", "UNAVAILABLE");
    /** Shorter than the support pages' own: the record page shows everything else meanwhile. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Set<Role> READERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER);
    /** A local id the summary's path can carry (one with a slash cannot be asked for: an API gap). */
    private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Logger log = LoggerFactory.getLogger(SupportSummaries.class);

    private final SupportClient client;

    SupportSummaries(SupportClient client) {
        this.client = client;
    }

    /** The summary of the child's support as the record page shows it; never an error. */
    public Mono<Map<String, Object>> of(PlatformUser user, Object localChildId) {
        if (user.roles().stream().noneMatch(READERS::contains)) {
            return Mono.just(HIDDEN);
        }
        if (!(localChildId instanceof String id) || !LOCAL_ID.matcher(id).matches()) {
            return Mono.just(unavailable("a local child id the summary cannot be asked for"));
        }
        return client.get(user, "/api/support/children/" + id + "/summary")
                .map(answer -> answer.ok() ? Map.<String, Object>of("state", "SHOWN", "summary", answer.object())
                        : answer.status() == 404 ? NO_CASE : unavailable("answered " + answer.status()))
                .timeout(TIMEOUT)
                .onErrorResume(failure -> Mono.just(unavailable(failure.toString())));
    }

    private static Map<String, Object> unavailable(String why) {
        log.warn("support-service gave no support summary for a child's record: {}", why);
        return UNAVAILABLE;
    }
}
