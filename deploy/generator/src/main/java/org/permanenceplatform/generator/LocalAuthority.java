package org.permanenceplatform.generator;

/**
 * An LA with its region and its relative size: the share of the country's children in care the generator gives it.
 *
 * @param code the old 3-digit DfE code, which SSDA903 files use
 */
public record LocalAuthority(String code, String onsCode, String name, String regionCode, String regionName,
                             double size) {
}
