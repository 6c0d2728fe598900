package dev.ledger.bench;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/** How many commands the service's group commit put in one transaction over a load: the fewer, the dearer a command. */
final class GroupCommits {

    private final DistributionSummary batches;
    private final long countFrom;
    private final double commandsFrom;

    private GroupCommits(DistributionSummary batches) {
        this.batches = batches;
        this.countFrom = batches == null ? 0 : batches.count();
        this.commandsFrom = batches == null ? 0 : batches.totalAmount();
    }

    /** Starts counting; a service without group commit (stock Axon) counts nothing. */
    static GroupCommits from(Service service) {
        return new GroupCommits(service.bean(MeterRegistry.class).find("ledger.group_commit.batch").summary());
    }

    /** Commands a commit since {@link #from}, 0 if none committed. */
    double commandsPerCommit() {
        long commits = batches == null ? 0 : batches.count() - countFrom;
        return commits == 0 ? 0 : (batches.totalAmount() - commandsFrom) / commits;
    }

    /** Prints the figure, unless nothing was committed in groups (group commit off). */
    void say(String load) {
        double perCommit = commandsPerCommit();
        if (perCommit > 0) {
            Progress.say(String.format("%s: %.1f commands a commit", load, perCommit));
        }
    }
}
