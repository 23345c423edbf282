package org.permanenceplatform.permanence.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Payload v1 of {@code ncpd.child.recorded} and {@code ncpd.child.corrected}: what the national dataset may know of
 * who a child is. No name, no full date of birth, no local id: the child is the event's aggregate id (the child key).
 *
 * @param region      the ONS code of the LA's region
 * @param sex         MALE, FEMALE or UNKNOWN
 * @param ethnicGroup the major ethnic group (WHITE, MIXED, ASIAN, BLACK, OTHER, NOT_RECORDED)
 * @param birthMonth  YYYY-MM
 * @param disabled    whether the child has a disability
 * @param uasc        whether the child is an unaccompanied asylum-seeking child
 */
public record NcpdChildDetails(String region, String sex, String ethnicGroup, String birthMonth, boolean disabled,
                               boolean uasc) {

    public Map<String, Object> toPayload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("region", region);
        payload.put("sex", sex);
        payload.put("ethnicGroup", ethnicGroup);
        payload.put("birthMonth", birthMonth);
        payload.put("disabled", disabled);
        payload.put("uasc", uasc);
        return payload;
    }
}
