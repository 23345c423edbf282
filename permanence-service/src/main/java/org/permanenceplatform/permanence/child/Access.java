package org.permanenceplatform.permanence.child;

import org.permanenceplatform.kit.security.Role;

/** Who may read and change which part of a child's record (DOMAIN.md, "Users and what each may see"). */
public final class Access {

    /** Everyone in the LA who works with the child's record may read it. */
    public static final Role[] READERS = {Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER, Role.IRO,
            Role.VIRTUAL_SCHOOL};
    /** The permanence team writes plans, assessments, placements and orders. */
    public static final Role[] TEAM = {Role.PRACTITIONER, Role.TEAM_MANAGER};
    /** Statutory reviews are chaired by the IRO; the team or the IRO records that one was held. */
    public static final Role[] TEAM_OR_IRO = {Role.PRACTITIONER, Role.TEAM_MANAGER, Role.IRO};
    /** Stages of an assessment are recorded by the team, or by the decision maker when they are its decisions. */
    public static final Role[] TEAM_OR_DECISION_MAKER = {Role.PRACTITIONER, Role.TEAM_MANAGER, Role.DECISION_MAKER};
    /** The decisions the law gives the agency decision maker. */
    public static final Role[] DECISION_MAKER = {Role.DECISION_MAKER};
    /** The independent reviewing officer records their view and raises challenges. */
    public static final Role[] IRO = {Role.IRO};
    /** The virtual school records education facts. */
    public static final Role[] VIRTUAL_SCHOOL = {Role.VIRTUAL_SCHOOL};

    private Access() {
    }
}
