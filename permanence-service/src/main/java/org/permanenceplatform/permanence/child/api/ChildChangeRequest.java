package org.permanenceplatform.permanence.child.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;

import java.time.LocalDate;

/**
 * The body of "correct a child's details". {@code version} is the version the change was made from: if the child
 * has changed since, the change is refused (409) rather than silently overwriting the other change.
 */
record ChildChangeRequest(
        @NotNull @Positive Long version,
        @NotBlank @Size(max = ChildDetails.MAX_NAME_LENGTH) String givenName,
        @NotBlank @Size(max = ChildDetails.MAX_NAME_LENGTH) String familyName,
        @NotNull LocalDate dateOfBirth,
        @NotNull Sex sex,
        @NotNull Ethnicity ethnicity,
        Boolean disabled,
        Boolean uasc,
        @Size(max = ChildDetails.MAX_NAME_LENGTH) String allocatedWorker) {

    ChildDetails toDetails(String localChildId) {
        return new ChildDetails(localChildId, givenName, familyName, dateOfBirth, sex, ethnicity,
                Boolean.TRUE.equals(disabled), Boolean.TRUE.equals(uasc), allocatedWorker);
    }
}
