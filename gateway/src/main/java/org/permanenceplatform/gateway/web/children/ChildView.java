package org.permanenceplatform.gateway.web.children;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A child's record as permanence-service answers it (a tolerant reader: unknown fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildView(String id, String laCode, String localChildId, String givenName, String familyName,
                        String dateOfBirth, String sex, String ethnicity, long version) {

    public String name() {
        return givenName + " " + familyName;
    }
}
