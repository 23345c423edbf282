package org.permanenceplatform.outcomes.dataset;

/**
 * Told after a child's record or journey in the national dataset has changed, so that what is kept from the
 * journeys (the pre-aggregated figures) can follow. The child key never goes further than the one listening.
 */
public interface JourneyChanges {

    void childChanged(String childKey);
}
