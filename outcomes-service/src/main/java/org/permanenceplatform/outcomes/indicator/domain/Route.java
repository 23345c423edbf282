package org.permanenceplatform.outcomes.indicator.domain;

/** The five permanence routes, named as permanence-service sends them in {@code ncpd.journey.changed}. */
public enum Route {
    ADOPTION, SPECIAL_GUARDIANSHIP, KINSHIP, LONG_TERM_FOSTERING, RETURN_HOME
}
