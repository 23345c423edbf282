package org.permanenceplatform.kit.testing;

import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's authorisation table: for every mapped endpoint, which roles may call it, and what a caller from
 * another LA gets. {@link #check} calls every endpoint with every role, from the record's LA and from another;
 * {@link #coversEveryMappedEndpoint} fails when an endpoint exists that the table does not list, so each new
 * endpoint must join it.
 */
public final class AuthorisationTable {

    /** What an allowed role from another LA gets. */
    public enum ForeignScope {
        /** 404, as if the record did not exist */
        NOT_FOUND,
        /** success, but only over the caller's own LA (lists, creation) */
        OWN_LA_ONLY
    }

    /**
     * @param endpoint "METHOD /path/{pattern}" exactly as mapped
     * @param call     makes the call with a token; the second argument is the LA of the record it touches
     */
    public record Row(String endpoint, Set<Role> allowed, ForeignScope foreign,
                      BiFunction<String, String, Reply> call) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final TestTokens tokens;

    public AuthorisationTable(String service) {
        this.tokens = new TestTokens(service);
    }

    public AuthorisationTable row(String endpoint, Set<Role> allowed, ForeignScope foreign,
                                  BiFunction<String, String, Reply> call) {
        rows.add(new Row(endpoint, allowed, foreign, call));
        return this;
    }

    /** A person's token for a role, placed in the given LA (or the place the role needs). */
    public String tokenFor(Role role, String la) {
        return tokens.sign(claims -> {
            claims.subject(role.name().toLowerCase() + "@" + la).claim("roles", List.of(role.name()));
            switch (role.scopeKind()) {
                case LA -> claims.claim("la", la);
                case REGION -> claims.claim("region", "E12000001");
                case PROVIDER -> claims.claim("provider", "PRV-TEST-1");
                case NATIONAL -> { }
            }
            return claims;
        });
    }

    /** Calls every row with every role, from the record's LA and from another, and checks each answer. */
    public void check(String recordLa, String otherLa) {
        for (Row row : rows) {
            for (Role role : Role.values()) {
                Reply own = row.call().apply(tokenFor(role, recordLa), recordLa);
                String what = row.endpoint() + " as " + role + " of the record's LA: " + own;
                if (row.allowed().contains(role)) {
                    assertThat(own.status()).as(what).isBetween(200, 299);
                    Reply foreign = row.call().apply(tokenFor(role, otherLa), recordLa);
                    String foreignWhat = row.endpoint() + " as " + role + " of another LA: " + foreign;
                    if (row.foreign() == ForeignScope.NOT_FOUND) {
                        assertThat(foreign.status()).as(foreignWhat).isEqualTo(404);
                    } else {
                        assertThat(foreign.status()).as(foreignWhat).isBetween(200, 299);
                        assertThat(foreign.body()).as(foreignWhat).doesNotContain("\"laCode\":\"" + recordLa + "\"");
                    }
                } else {
                    assertThat(own.status()).as(what).isEqualTo(403);
                }
                assertThat(row.call().apply(null, recordLa).status()).as(row.endpoint() + " without a token")
                        .isEqualTo(401);
            }
        }
    }

    /** Every endpoint the service maps (but the error page) is in the table, and nothing else. */
    public void coversEveryMappedEndpoint(Map<RequestMappingInfo, HandlerMethod> mapped) {
        Set<String> endpoints = new TreeSet<>();
        mapped.keySet().forEach(info -> info.getMethodsCondition().getMethods().forEach(method ->
                info.getPatternValues().forEach(pattern -> endpoints.add(method.name() + " " + pattern))));
        endpoints.removeIf(endpoint -> endpoint.endsWith(" /error"));
        assertThat(rows.stream().map(Row::endpoint).toList()).as("the authorisation table")
                .containsExactlyInAnyOrderElementsOf(endpoints);
    }

    public static Set<Role> roles(Role... roles) {
        return roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
    }
}
