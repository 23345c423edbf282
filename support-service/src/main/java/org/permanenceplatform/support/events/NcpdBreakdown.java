package org.permanenceplatform.support.events;

import java.time.LocalDate;

/**
 * Payload v1 of {@code ncpd.support.breakdown.recorded}: a permanence broke down (indicators 9 and 10).
 *
 * @param permanenceDate the order date of the permanence that broke down
 */
public record NcpdBreakdown(int number, String route, LocalDate permanenceDate, LocalDate date,
                            boolean cameBackIntoCare) {
}
