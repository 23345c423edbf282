package org.permanenceplatform.permanence.child.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a practitioner records about who the child is. Checks itself: a child whose details break a rule cannot
 * be made.
 *
 * @param localChildId    the LA's own child identifier, as on its SSDA903 return (CHILD: up to 10 characters)
 * @param disabled        whether the child has a disability
 * @param uasc            whether the child is an unaccompanied asylum-seeking child
 * @param allocatedWorker the user name of the child's allocated social worker, or null while unallocated
 */
public record ChildDetails(String localChildId, String givenName, String familyName, LocalDate dateOfBirth,
                           Sex sex, Ethnicity ethnicity, boolean disabled, boolean uasc, String allocatedWorker) {

    public static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9-]{1,10}");
    public static final int MAX_NAME_LENGTH = 100;

    public ChildDetails {
        Objects.requireNonNull(localChildId, "localChildId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
        if (!LOCAL_ID.matcher(localChildId).matches()) {
            throw new IllegalArgumentException("localChildId must be 1 to 10 letters, digits or hyphens");
        }
        givenName = givenName.strip();
        familyName = familyName.strip();
        if (givenName.isEmpty() || familyName.isEmpty()) {
            throw new IllegalArgumentException("a child needs a given name and a family name");
        }
        if (allocatedWorker != null) {
            allocatedWorker = allocatedWorker.strip();
            if (allocatedWorker.isEmpty()) {
                allocatedWorker = null;
            } else if (allocatedWorker.length() > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException("the allocated worker's name is up to " + MAX_NAME_LENGTH
                        + " characters");
            }
        }
    }

    /** A child with no disability recorded, not UASC, and no allocated worker yet. */
    public ChildDetails(String localChildId, String givenName, String familyName, LocalDate dateOfBirth, Sex sex,
                        Ethnicity ethnicity) {
        this(localChildId, givenName, familyName, dateOfBirth, sex, ethnicity, false, false, null);
    }

    /** A child in care cannot be born after today. */
    public boolean bornBy(LocalDate today) {
        return !dateOfBirth.isAfter(today);
    }
}
