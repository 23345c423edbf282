package org.permanenceplatform.store;

/**
 * When the store answers a write, how far the write has gone.
 * See docs/adr/002-embedded-store-durability.md.
 */
public enum Durability {
    /** Written to the file and forced to the disk before the answer: survives a killed process and a lost machine. */
    FSYNC,
    /** Written to the file before the answer: survives a killed process, not a power cut. */
    WRITE
}
