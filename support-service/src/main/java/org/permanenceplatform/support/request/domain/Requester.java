package org.permanenceplatform.support.request.domain;

/** Who asked for support on the family's behalf. */
public enum Requester {
    FAMILY,
    SCHOOL,
    PROFESSIONAL
}
