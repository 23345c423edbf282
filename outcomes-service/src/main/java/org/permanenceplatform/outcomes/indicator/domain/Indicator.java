package org.permanenceplatform.outcomes.indicator.domain;

/** One of the indicators of the catalogue: its definition, and its figures for a year cut by a dimension. */
public interface Indicator {

    IndicatorDefinition definition();

    IndicatorTable compute(Cohort cohort, FinancialYear year, Cut cut);
}
