package org.permanenceplatform.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.PlacementProvider;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Placement;
import org.permanenceplatform.generator.ncpd.ChildKeys;
import org.permanenceplatform.generator.ncpd.NcpdStream;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** Weekly costs and purchase routes on generated placements, and what adding them left alone. */
class GeneratedPlacementCostsTest {

    private static final Settings SETTINGS = new Settings(11, 2025, 3, LocalDate.of(2025, 3, 31),
            List.of("840", "201", "886"));
    private static final List<Placement> placements = new ArrayList<>();

    @TempDir
    Path temp;

    @BeforeAll
    static void generate() {
        Generator.generate(SETTINGS, child -> child.periods().forEach(p -> placements.addAll(p.placements())));
    }

    @Test
    void everyPlacementButTemporaryStaysAndPlacementsWithParentsHasACost() {
        assertThat(placements).hasSizeGreaterThan(3_000).allSatisfy(placement -> {
            boolean uncosted = placement.type().isTemporary() || placement.type() == PlacementType.P1;
            assertThat(placement.cost() == null).as(placement.toString()).isEqualTo(uncosted);
        });
    }

    @Test
    void onlyTheCouncilsOwnProvisionIsBoughtInHouseAndOthersComeByFrameworkOrSpot() {
        assertThat(placements.stream().filter(p -> p.cost() != null)).allSatisfy(placement ->
                assertThat(placement.cost().purchaseRoute()).isEqualTo(placement.provider() == PlacementProvider.PR1
                        ? "IN_HOUSE" : placement.cost().purchaseRoute().equals("SPOT") ? "SPOT" : "FRAMEWORK"))
                .anyMatch(p -> p.cost().purchaseRoute().equals("SPOT"))
                .anyMatch(p -> p.cost().purchaseRoute().equals("FRAMEWORK"));
    }

    @Test
    void childrensHomesCostMoreThanAgencyFosteringWhichCostsMoreThanTheCouncilsOwnCarers() {
        BigDecimal inHouseFostering = median(p -> p.type() == PlacementType.U6 && isInHouse(p));
        BigDecimal agencyFostering = median(p -> p.type() == PlacementType.U6 && !isInHouse(p));
        BigDecimal childrensHomes = median(p -> p.type() == PlacementType.K2);

        assertThat(inHouseFostering).isBetween(new BigDecimal("400"), new BigDecimal("650"));
        assertThat(agencyFostering).isGreaterThan(inHouseFostering);
        assertThat(childrensHomes).isGreaterThan(agencyFostering.multiply(BigDecimal.valueOf(4)));
        assertThat(placements.stream().filter(p -> p.cost() != null))
                .allSatisfy(p -> assertThat(p.cost().weekly()).isPositive().isLessThan(new BigDecimal("20000")));
    }

    /**
     * Costs, and distance bands after them, come from streams of their own: with both taken out, the ncpd stream is
     * byte for byte the one the generator wrote before it had either (digest recorded then).
     */
    @Test
    void addingCostsAndDistanceBandsChangedNoOtherGeneratedValue() throws IOException, NoSuchAlgorithmException {
        Settings darlington = new Settings(9, 2025, 2, LocalDate.of(2025, 3, 31), List.of("841"));
        try (NcpdStream stream = new NcpdStream(temp, darlington.seed(), new ChildKeys(ChildKeys.SYNTHETIC_SECRET))) {
            Generator.generate(darlington, stream);
        }
        String written = Files.readString(NcpdStream.fileOf(temp, "841"), UTF_8);
        String withoutCosts = written.replaceAll(",\"distanceBand\":\"[A-Z_0-9]+\"", "")
                .replaceAll(",\"weeklyCost\":\"[0-9.]+\",\"purchaseRoute\":\"[A-Z_]+\"", "");

        assertThat(written).contains("\"weeklyCost\"").contains("\"distanceBand\"");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(withoutCosts.getBytes(UTF_8))))
                .isEqualTo(DIGEST_BEFORE_COSTS);
    }

    private static final String DIGEST_BEFORE_COSTS =
            "d1243546d4c6bf137a3374db12aed3ef7febfedf1e20d13304959b874106afc7";

    private static boolean isInHouse(Placement placement) {
        return placement.provider() == PlacementProvider.PR1;
    }

    private static BigDecimal median(Predicate<Placement> which) {
        List<BigDecimal> costs = placements.stream().filter(p -> p.cost() != null).filter(which)
                .map(p -> p.cost().weekly()).sorted().toList();
        assertThat(costs).hasSizeGreaterThan(50);
        return costs.get(costs.size() / 2);
    }
}
