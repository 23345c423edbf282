package org.permanenceplatform.permanence.adopter.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What prospective adopters are approved for, by the agency decision maker: the carer register and matching read
 * it (DOMAIN.md: "approval date, approved age range and number").
 *
 * @param ageFrom          the youngest age, in whole years, of a child they are approved for
 * @param ageTo            the oldest age, in whole years
 * @param numberOfChildren how many children they are approved to adopt together (a sibling group)
 * @param decidedBy        the decision maker
 */
public record Approval(LocalDate approvedOn, int ageFrom, int ageTo, int numberOfChildren, String decidedBy) {

    public Approval {
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
