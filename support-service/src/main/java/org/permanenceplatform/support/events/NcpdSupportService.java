package org.permanenceplatform.support.events;

import java.time.LocalDate;

/**
 * Payload v1 of {@code ncpd.support.service.changed}: one service of the child's support plans, numbered in the order
 * it was planned. No provider name: the national dataset needs the cost and who funds it, not who provides it.
 *
 * @param requestNumber the number of the request it answers, or absent
 * @param weeklyCost    pounds a week, as a decimal string
 */
public record NcpdSupportService(int number, String route, Integer requestNumber, String requestCategory,
                                 LocalDate start, LocalDate end, String weeklyCost, String fundingSource) {
}
