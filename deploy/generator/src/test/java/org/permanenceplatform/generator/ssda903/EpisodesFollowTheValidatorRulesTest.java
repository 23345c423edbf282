package org.permanenceplatform.generator.ssda903;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.ReasonNewEpisode;
import org.permanenceplatform.generator.journey.PeriodOfCare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated periods cut into 903 episodes pass a few of the DfE validator's rules (reference section 1.3). */
class EpisodesFollowTheValidatorRulesTest {

    private static final List<PeriodOfCare> periods = new ArrayList<>();

    @BeforeAll
    static void generate() {
        Generator.generate(new Settings(3, 2025, 5, LocalDate.of(2025, 3, 31), List.of("840", "202", "886")),
                child -> periods.addAll(child.periods()));
    }

    @Test
    void episodesChainFromStartToEndWithX1BetweenThem() {
        for (PeriodOfCare period : periods) {
            List<Episode> episodes = Episodes.of(period);
            assertThat(episodes.get(0).reasonNew()).isEqualTo(ReasonNewEpisode.S);
            assertThat(episodes.get(0).start()).isEqualTo(period.start());
            for (int i = 0; i + 1 < episodes.size(); i++) {
                assertThat(episodes.get(i).end()).isEqualTo(episodes.get(i + 1).start());
                assertThat(episodes.get(i).end()).isAfter(episodes.get(i).start());
                assertThat(episodes.get(i).reasonCeased()).isEqualTo(ReasonEpisodeCeased.X1);
                assertThat(episodes.get(i + 1).reasonNew()).isNotEqualTo(ReasonNewEpisode.S);
            }
            Episode last = episodes.get(episodes.size() - 1);
            assertThat(last.end()).isEqualTo(period.end());
            assertThat(last.reasonCeased()).isEqualTo(period.reasonCeased());
        }
    }

    @Test
    void aReasonForPlacementChangeIsGivenExactlyWhenANonTemporaryPlacementEndsInCare() {
        for (PeriodOfCare period : periods) {
            List<Episode> episodes = Episodes.of(period);
            for (int i = 0; i + 1 < episodes.size(); i++) {
                Episode episode = episodes.get(i);
                boolean newPlacement = episodes.get(i + 1).reasonNew() != ReasonNewEpisode.L;
                boolean required = newPlacement && !episode.placementType().isTemporary();
                assertThat(episode.reasonPlaceChange() != null).as("%s then %s", episode, episodes.get(i + 1))
                        .isEqualTo(required);
            }
        }
    }

    @Test
    void adoptionEpisodesKeepTheValidatorsAdoptionRules() {
        for (PeriodOfCare period : periods) {
            List<Episode> episodes = Episodes.of(period);
            for (Episode episode : episodes) {
                PlacementType type = episode.placementType();
                if (type.needsCourtAuthorityToPlace()) {
                    assertThat(episode.legalStatus().isCourtAuthorityToPlace()).as("rule 408: %s", episode).isTrue();
                }
                if (type == PlacementType.A3 || type == PlacementType.A5) {
                    assertThat(episode.reasonNew()).as("rule 217: %s", episode)
                            .isIn(EnumSet.of(ReasonNewEpisode.S, ReasonNewEpisode.T, ReasonNewEpisode.U));
                }
            }
            Episode last = episodes.get(episodes.size() - 1);
            if (last.reasonCeased() == ReasonEpisodeCeased.E11 || last.reasonCeased() == ReasonEpisodeCeased.E12) {
                assertThat(last.placementType().isAdoptionPlacement()).as("rule 390: %s", last).isTrue();
            }
        }
    }
}
