package org.permanenceplatform.gateway.web;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.kit.security.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What each role sees in the navigation, and who may open each page. */
public final class Navigation {

    public record Item(String label, String href) {
    }

    /** Roles that may read identifiable child records of their own LA through the UI. */
    public static final Set<Role> CHILD_READERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER,
            Role.DECISION_MAKER, Role.IRO, Role.VIRTUAL_SCHOOL);
    /** Roles that may record and correct children. */
    public static final Set<Role> CHILD_WRITERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER);

    /** Roles that work with prospective adopters' approval (the agency decision maker decides it). */
    public static final Set<Role> ADOPTER_READERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER,
            Role.RAA_WORKER, Role.DECISION_MAKER);
    /** Roles that register prospective adopters and assess them. */
    public static final Set<Role> ADOPTER_WRITERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER,
            Role.RAA_WORKER);

    /** LA staff who see their own LA's outcome figures beside England's (the roles outcomes-service answers so). */
    public static final Set<Role> OWN_OUTCOMES_READERS = EnumSet.of(Role.PRACTITIONER, Role.TEAM_MANAGER,
            Role.DECISION_MAKER, Role.IRO, Role.VIRTUAL_SCHOOL, Role.SUPPORT_WORKER);

    private Navigation() {
    }

    public static List<Item> itemsFor(PlatformUser user) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Home", "/"));
        if (mayWriteChildren(user)) {
            items.add(new Item("Caseload", "/caseload"));
        }
        if (isTeamManager(user)) {
            items.add(new Item("Team", "/team"));
        }
        if (user.roles().stream().anyMatch(CHILD_READERS::contains)) {
            items.add(new Item("Children", "/children"));
        }
        if (mayReadAdopters(user)) {
            items.add(new Item("Adopters", "/adopters"));
        }
        if (isIroQueueUser(user)) {
            items.add(new Item("IRO queue", "/queues/iro"));
        }
        if (isDecisionQueueUser(user)) {
            items.add(new Item("Decisions", "/queues/decisions"));
        }
        if (mayReadSupport(user)) {
            items.add(new Item("Support", "/support"));
        }
        if (mayReadOwnOutcomes(user) && !mayReadBoardOutcomes(user)) {
            items.add(new Item("Outcomes", "/outcomes"));
        }
        if (mayReadBoardOutcomes(user)) {
            items.add(new Item("Board dashboard", "/outcomes/board"));
        }
        if (mayQueryOutcomes(user)) {
            items.add(new Item("Outcomes query", "/outcomes/query"));
        }
        // The board challenge log: boards, and the LA roles that read their LA's figures (ADR 016).
        if (mayReadOutcomes(user)) {
            items.add(new Item("Challenges", "/challenges"));
        }
        if (isAdmin(user)) {
            items.add(new Item("Users", "/admin/users"));
            items.add(new Item("Audit", "/admin/audit"));
        }
        return items;
    }

    /** IROs, and team managers who oversee what waits for them. */
    public static boolean isIroQueueUser(PlatformUser user) {
        return user.roles().contains(Role.IRO) || user.roles().contains(Role.TEAM_MANAGER);
    }

    /** Decision makers, and team managers who oversee what waits for them. */
    public static boolean isDecisionQueueUser(PlatformUser user) {
        return user.roles().contains(Role.DECISION_MAKER) || user.roles().contains(Role.TEAM_MANAGER);
    }

    /** Team managers see their team's dashboard. */
    public static boolean isTeamManager(PlatformUser user) {
        return user.roles().contains(Role.TEAM_MANAGER);
    }

    /** Post-permanence support workers see the support queue and their LA's support cases. */
    public static boolean isSupportWorker(PlatformUser user) {
        return user.roles().contains(Role.SUPPORT_WORKER);
    }

    /** Support workers, and regional adoption agency workers who read their LA's adoption support cases. */
    public static boolean mayReadSupport(PlatformUser user) {
        return isSupportWorker(user) || user.roles().contains(Role.RAA_WORKER);
    }

    public static boolean isAdmin(PlatformUser user) {
        return user.roles().contains(Role.ADMIN);
    }

    public static boolean mayReadChildren(PlatformUser user) {
        return user.roles().stream().anyMatch(CHILD_READERS::contains);
    }

    public static boolean mayReadAdopters(PlatformUser user) {
        return user.roles().stream().anyMatch(ADOPTER_READERS::contains);
    }

    public static boolean mayWriteAdopters(PlatformUser user) {
        return user.roles().stream().anyMatch(ADOPTER_WRITERS::contains);
    }

    public static boolean mayWriteChildren(PlatformUser user) {
        return user.roles().stream().anyMatch(CHILD_WRITERS::contains);
    }

    /** LA staff: their LA's outcome figures beside England's. */
    public static boolean mayReadOwnOutcomes(PlatformUser user) {
        return user.roles().stream().anyMatch(OWN_OUTCOMES_READERS::contains);
    }

    /** Regional and national boards: the board dashboard. */
    public static boolean mayReadBoardOutcomes(PlatformUser user) {
        return user.roles().stream().anyMatch(Role::isBoard);
    }

    /** The national board alone runs queries across every LA. */
    public static boolean mayQueryOutcomes(PlatformUser user) {
        return user.roles().contains(Role.NATIONAL_BOARD);
    }

    public static boolean mayReadOutcomes(PlatformUser user) {
        return mayReadOwnOutcomes(user) || mayReadBoardOutcomes(user);
    }
}
