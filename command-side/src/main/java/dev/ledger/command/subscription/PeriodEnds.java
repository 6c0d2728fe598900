package dev.ledger.command.subscription;

import java.time.Instant;

/** Deadline payload: period {@code periodNumber} (0 is the trial) ends at {@code at}, the time billing is anchored to. */
record PeriodEnds(long periodNumber, Instant at) {
}
