package org.permanenceplatform.outcomes.indicator;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings the indicators read.
 *
 * @param supportFirstResponseDays the standard a support request's first response is judged against (indicator 11,
 *                                 "share within the configured standard"), in days
 */
@Validated
@ConfigurationProperties("platform.indicators")
public record IndicatorSettings(@DefaultValue("10") @Min(1) int supportFirstResponseDays) {
}
