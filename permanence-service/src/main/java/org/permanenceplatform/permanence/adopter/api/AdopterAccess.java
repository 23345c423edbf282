package org.permanenceplatform.permanence.adopter.api;

import org.permanenceplatform.kit.security.Role;

/**
 * Who may read and change prospective adopters' records (DOMAIN.md, "Users"): the permanence team and the regional
 * adoption agency's workers assess adopters; the agency decision maker decides their approval. Each sees only the
 * households of the LA in their token.
 */
final class AdopterAccess {

    static final Role[] WRITERS = {Role.PRACTITIONER, Role.TEAM_MANAGER, Role.RAA_WORKER};
    static final Role[] DECISION_MAKER = {Role.DECISION_MAKER};
    static final Role[] READERS = {Role.PRACTITIONER, Role.TEAM_MANAGER, Role.RAA_WORKER, Role.DECISION_MAKER};

    private AdopterAccess() {
    }
}
