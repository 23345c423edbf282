package org.permanenceplatform.support.supportcase;

import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.support.supportcase.domain.Route;
import org.permanenceplatform.support.supportcase.domain.SupportCase;

/** Who may read and change support cases (DOMAIN.md, "Users and what each may see"). */
public final class SupportAccess {

    /** Support workers of the LA read and write its support cases. */
    public static final Role[] WORKERS = {Role.SUPPORT_WORKER};
    /** The regional adoption agency also reads the adoption support cases of the LA its token names. */
    public static final Role[] CASE_READERS = {Role.SUPPORT_WORKER, Role.RAA_WORKER};
    /** The child's permanence team reads a summary of the family's support. */
    public static final Role[] SUMMARY_READERS = {Role.SUPPORT_WORKER, Role.PRACTITIONER, Role.TEAM_MANAGER};

    private SupportAccess() {
    }

    /** Whether the caller may read this whole case: its LA's support worker, or its RAA for an adoption. */
    public static boolean mayRead(CurrentUser user, SupportCase supportCase) {
        return user.mayReadChildOf(supportCase.la(), Role.SUPPORT_WORKER)
                || user.mayReadChildOf(supportCase.la(), Role.RAA_WORKER)
                && supportCase.route().filter(route -> route == Route.ADOPTION).isPresent();
    }
}
