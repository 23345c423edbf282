package org.permanenceplatform.gateway.web;

import org.permanenceplatform.gateway.user.PlatformUser;
import org.permanenceplatform.kit.security.Role;

import java.util.Comparator;

/** The home page's heading and opening line for the user's main role. */
public record Welcome(String heading, String lead) {

    public static Welcome of(PlatformUser user) {
        Role role = user.roles().stream().min(Comparator.naturalOrder()).orElseThrow();
        return switch (role) {
            case PRACTITIONER -> new Welcome("Your permanence work",
                    "The children of your local authority, their plans, assessments and clocks.");
            case TEAM_MANAGER -> new Welcome("Your team's permanence work",
                    "Every child of your local authority and the delay in each route.");
            case DECISION_MAKER -> new Welcome("Decisions", "The decisions the law gives you, for your local authority.");
            case IRO -> new Welcome("Independent review", "Children's plans, reviews and moves, and your challenges.");
            case RAA_WORKER -> new Welcome("Regional adoption agency", "Children referred for family finding, and adopters.");
            case VIRTUAL_SCHOOL -> new Welcome("Virtual school", "Education of looked-after and previously looked-after children.");
            case SUPPORT_WORKER -> new Welcome("Post-permanence support", "Support cases and requests for permanence families.");
            case PROVIDER -> new Welcome("Your carers", "Your carers' register entries, vacancies and referrals.");
            case REGIONAL_BOARD -> new Welcome("Regional permanence board",
                    "Outcomes for the region's local authorities, compared with England. Figures only, never a child's record.");
            case NATIONAL_BOARD -> new Welcome("National child permanence board",
                    "National outcomes by route, region and local authority. Figures only, never a child's record.");
            case ADMIN -> new Welcome("Administration", "Users and reference data.");
        };
    }
}
