package org.permanenceplatform.kit.problem;

import java.net.URI;

/** The stable problem types every service answers with. Documented in docs/api/problems.md. */
public final class ProblemTypes {

    private static final String BASE = "https://permanenceplatform.org/problems/";

    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI RULE_NOT_MET = URI.create(BASE + "rule-not-met");
    public static final URI STORE_UNAVAILABLE = URI.create(BASE + "store-unavailable");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }
}
