package org.permanenceplatform.kit.events;

/** What became of one event at a receiver. */
public enum Applied {
    /** applied now */
    APPLIED,
    /** applied before: nothing changed this time */
    DUPLICATE,
    /** an earlier event of the same producer and aggregate has not been applied yet: send this one again later */
    WAITING,
    /** a type this receiver takes no action on */
    IGNORED;

    public boolean acknowledged() {
        return this != WAITING;
    }
}
