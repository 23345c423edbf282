package org.permanenceplatform.permanence.child.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;

import java.time.LocalDate;

/** The body of "record a child". The LA comes from the caller's token, never from the body. */
record ChildRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,10}", message = "must be 1 to 10 letters, digits or hyphens")
        String localChildId,
        @NotBlank @Size(max = ChildDetails.MAX_NAME_LENGTH) String givenName,
        @NotBlank @Size(max = ChildDetails.MAX_NAME_LENGTH) String familyName,
        @NotNull LocalDate dateOfBirth,
        @NotNull Sex sex,
        @NotNull Ethnicity ethnicity,
        Boolean disabled,
        Boolean uasc,
        @Size(max = ChildDetails.MAX_NAME_LENGTH) String allocatedWorker) {

    ChildDetails toDetails() {
        return new ChildDetails(localChildId, givenName, familyName, dateOfBirth, sex, ethnicity,
                Boolean.TRUE.equals(disabled), Boolean.TRUE.equals(uasc), allocatedWorker);
    }
}
