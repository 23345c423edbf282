package org.permanenceplatform.kit.reference;

/**
 * An English local authority with children's services responsibilities.
 *
 * @param code       the 3-digit DfE LA code used by SSDA903 (the platform's LA code everywhere)
 * @param onsCode    the 9-character ONS code used by published statistics
 * @param name       the authority's name
 * @param regionCode the ONS code of its region (E12000001 to E12000009)
 * @param regionName the region's name
 */
public record LocalAuthority(String code, String onsCode, String name, String regionCode, String regionName) {
}
