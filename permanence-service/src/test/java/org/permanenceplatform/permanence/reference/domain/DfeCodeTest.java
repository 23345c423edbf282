package org.permanenceplatform.permanence.reference.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DfeCodeTest {

    @Test
    void everyListHoldsExactlyTheDfeCodes() {
        assertThat(codes(LegalStatus.values()))
                .containsExactly("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3");
        assertThat(codes(PlacementType.values())).containsExactly("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3",
                "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4",
                "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14");
        assertThat(codes(PlacementProvider.values())).containsExactly("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
        assertThat(codes(ReasonForPlacementChange.values())).containsExactly("CARPL", "CLOSE", "ALLEG", "STAND",
                "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER");
        assertThat(codes(ReasonEpisodeCeased.values())).containsExactly("E11", "E12", "E2", "E3", "E4A", "E4B",
                "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17",
                "X1");
    }

    @Test
    void everyCodeHasALabel() {
        assertThat(PlacementType.U4.label()).isEqualTo("Foster with other carer – long-term fostering");
        assertThat(PlacementProvider.PR0.label()).isEqualTo("Parent(s)/person with PR");
        assertThat(LegalStatus.E1.label()).isEqualTo("Placement order granted");
        assertThat(ReasonForPlacementChange.CREQB.label()).isEqualTo("Carer requests end due to child's behaviour");
        assertThat(ReasonEpisodeCeased.E17.label()).startsWith("Aged 18+ and remained with current carers");
    }

    @Test
    void aCodeIsFoundByItsCodeWhateverTheSpacesOrCase() {
        assertThat(PlacementType.fromCode("Z12")).isEqualTo(PlacementType.Z12);
        assertThat(PlacementType.fromCode(" k3 ")).isEqualTo(PlacementType.K3);
        assertThat(ReasonEpisodeCeased.fromCode("e4a")).isEqualTo(ReasonEpisodeCeased.E4A);
        assertThat(LegalStatus.fromCode("V3")).isEqualTo(LegalStatus.V3);
        assertThat(PlacementProvider.fromCode("PR5")).isEqualTo(PlacementProvider.PR5);
        assertThat(ReasonForPlacementChange.fromCode("CUSTOD")).isEqualTo(ReasonForPlacementChange.CUSTOD);
    }

    @Test
    void aCodeThatIsNotOnTheListIsRefusedNamingTheList() {
        assertThatThrownBy(() -> PlacementType.fromCode("Z15")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Z15' is not a DfE placement type code");
        assertThatThrownBy(() -> LegalStatus.fromCode("C3")).hasMessage("'C3' is not a DfE legal status code");
        assertThatThrownBy(() -> PlacementProvider.fromCode("PR6"))
                .hasMessage("'PR6' is not a DfE placement provider code");
        assertThatThrownBy(() -> ReasonForPlacementChange.fromCode("MOVED"))
                .hasMessage("'MOVED' is not a DfE reason for placement change code");
        assertThatThrownBy(() -> ReasonEpisodeCeased.fromCode("E43"))
                .hasMessage("'E43' is not a DfE reason episode ceased code");
    }

    @Test
    void aValueThatIsNotShapedLikeACodeIsNotRepeatedInTheRefusal() {
        assertThatThrownBy(() -> PlacementType.fromCode("Ava Taylor 14/03/2019"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value given is not a DfE placement type code");
        assertThatThrownBy(() -> LegalStatus.fromCode(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an empty value is not a DfE legal status code");
        assertThatThrownBy(() -> LegalStatus.fromCode("  ")).hasMessage("an empty value is not a DfE legal status code");
    }

    @Test
    void shortBreaksAreV3AndV4() {
        assertThat(Arrays.stream(LegalStatus.values()).filter(LegalStatus::isShortBreak))
                .containsExactly(LegalStatus.V3, LegalStatus.V4);
    }

    @Test
    void aPlacementOrderOrALegacyFreeingOrderIsCourtAuthorityToPlace() {
        assertThat(Arrays.stream(LegalStatus.values()).filter(LegalStatus::isCourtAuthorityToPlace))
                .containsExactlyInAnyOrder(LegalStatus.E1, LegalStatus.D1);
    }

    private static String[] codes(DfeCode[] members) {
        return Arrays.stream(members).map(DfeCode::code).toArray(String[]::new);
    }
}
