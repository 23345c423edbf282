package org.permanenceplatform.outcomes.export.domain;

import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.kit.reference.LocalAuthority;
import org.permanenceplatform.outcomes.figures.domain.Area;

import java.util.List;
import java.util.Optional;

/**
 * A row's place as an EES data file writes it (EES-FORMAT.md section 2): its {@code geographic_level}, England's
 * country columns on every row, and the region and LA columns its level needs, blank where they do not apply. An LA
 * row fills its region's columns too.
 */
public record EesLocation(String geographicLevel, String regionCode, String regionName, String oldLaCode,
                          String laName, String newLaCode) {

    public static final String COUNTRY_CODE = "E92000001";
    public static final String COUNTRY_NAME = "England";

    /** The geography columns, in the order DfE files use (EES-FORMAT.md sections 6 and 7). */
    public static final List<String> COLUMNS = List.of("geographic_level", "country_code", "country_name",
            "region_code", "region_name", "old_la_code", "la_name", "new_la_code");

    public static EesLocation national() {
        return new EesLocation("National", "", "", "", "", "");
    }

    public static EesLocation regional(String regionCode, String regionName) {
        return new EesLocation("Regional", regionCode, regionName, "", "", "");
    }

    public static EesLocation localAuthority(LocalAuthority la) {
        return new EesLocation("Local authority", la.regionCode(), la.regionName(), la.code(), la.name(),
                la.onsCode());
    }

    /**
     * Where an area's figures go in an EES file. A board's own grouping of LAs that is not a DfE region has no EES
     * geographic level (and no code), so it has no place: its row is left out of the file, which only ever publishes
     * less than the figures view did.
     */
    public static Optional<EesLocation> of(Area area, LocalAuthorities las) {
        return switch (area.geography().level()) {
            case ENGLAND -> Optional.of(national());
            case REGION -> Optional.of(regional(area.geography().code(), area.name()));
            case LOCAL_AUTHORITY -> Optional.of(localAuthority(las.byCode(area.geography().code()).orElseThrow(
                    () -> new IllegalArgumentException(area.name() + " is not in the LA reference list"))));
            case BOARD_GROUPING -> Optional.empty();
        };
    }

    /** This place's cells, in {@link #COLUMNS} order. */
    public List<String> cells() {
        return List.of(geographicLevel, COUNTRY_CODE, COUNTRY_NAME, regionCode, regionName, oldLaCode, laName,
                newLaCode);
    }
}
