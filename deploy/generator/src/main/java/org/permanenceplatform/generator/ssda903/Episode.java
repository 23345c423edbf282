package org.permanenceplatform.generator.ssda903;

import org.permanenceplatform.generator.journey.Codes.CategoryOfNeed;
import org.permanenceplatform.generator.journey.Codes.LegalStatus;
import org.permanenceplatform.generator.journey.Codes.PlacementProvider;
import org.permanenceplatform.generator.journey.Codes.PlacementType;
import org.permanenceplatform.generator.journey.Codes.ReasonEpisodeCeased;
import org.permanenceplatform.generator.journey.Codes.ReasonForPlacementChange;
import org.permanenceplatform.generator.journey.Codes.ReasonNewEpisode;

import java.time.LocalDate;

/**
 * One row of the SSDA903 Episodes table: a stretch of a period of care with one legal status and one placement.
 * End, reason ceased and reason for placement change are null while the episode is open.
 */
public record Episode(LocalDate start, ReasonNewEpisode reasonNew, LegalStatus legalStatus,
                      CategoryOfNeed categoryOfNeed, PlacementType placementType, PlacementProvider provider,
                      LocalDate end, ReasonEpisodeCeased reasonCeased, ReasonForPlacementChange reasonPlaceChange) {
}
