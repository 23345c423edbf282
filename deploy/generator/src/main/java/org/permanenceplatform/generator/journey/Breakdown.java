package org.permanenceplatform.generator.journey;

import org.permanenceplatform.generator.journey.Codes.Route;

import java.time.LocalDate;

/**
 * A permanence that broke down ({@code ncpd.support.breakdown.recorded}): the route and order date of the
 * permanence, the day it broke down, and whether the child came back into care (a later period of care).
 */
public record Breakdown(Route route, LocalDate permanenceDate, LocalDate date, boolean cameBackIntoCare) {
}
