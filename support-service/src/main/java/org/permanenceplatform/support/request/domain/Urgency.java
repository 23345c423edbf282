package org.permanenceplatform.support.request.domain;

/** How soon the family needs an answer; an urgent request (and every crisis) has the shorter first-response standard. */
public enum Urgency {
    ROUTINE,
    URGENT
}
