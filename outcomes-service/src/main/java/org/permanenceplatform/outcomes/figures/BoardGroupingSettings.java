package org.permanenceplatform.outcomes.figures;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * Board groupings beyond the 9 DfE regions, which are always there: a regional adoption agency's member LAs, say, or
 * one LA for a local board. A regional board member's token names the grouping in its {@code region} claim: a
 * region's ONS code, or the {@code id} of one of these.
 *
 * @param boardGroupings the configured groupings; none by default
 */
@Validated
@ConfigurationProperties("platform.outcomes")
public record BoardGroupingSettings(List<@Valid Grouping> boardGroupings) {

    /**
     * @param id   what a board member's {@code region} claim says, for example {@code RAA-TEES-VALLEY}
     * @param name how the grouping is shown
     * @param las  the member LAs' 3-digit DfE codes
     */
    public record Grouping(@NotBlank String id, @NotBlank String name, @NotEmpty List<@NotBlank String> las) {
    }

    public BoardGroupingSettings {
        boardGroupings = boardGroupings == null ? List.of() : List.copyOf(boardGroupings);
    }
}
