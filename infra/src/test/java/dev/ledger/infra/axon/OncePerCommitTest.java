package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class OncePerCommitTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final OncePerCommit wake = new OncePerCommit(runs::incrementAndGet);

    @AfterEach
    void noTransactionLeftOver() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(wake);
    }

    @Test
    void outsideATransactionItRunsAtOnce() {
        wake.request();
        wake.request();

        assertThat(runs).hasValue(2);
    }

    @Test
    void inATransactionItRunsOnceAfterTheCommitHoweverOftenAsked() {
        TransactionSynchronizationManager.initSynchronization();

        wake.request();
        wake.request();
        wake.request();
        assertThat(runs).hasValue(0);
        commit();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aRolledBackTransactionNeverRunsItAndTheNextOneDoes() {
        TransactionSynchronizationManager.initSynchronization();
        wake.request();
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(runs).hasValue(0);

        TransactionSynchronizationManager.initSynchronization();
        wake.request();
        commit();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aTransactionSuspendedForAnInnerOneKeepsItsRequestAndTheInnerOneAsksForItself() {
        TransactionSynchronizationManager.initSynchronization();
        wake.request();
        // What Spring does for REQUIRES_NEW: suspend the outer transaction's synchronizations, start fresh ones.
        List<TransactionSynchronization> outer = TransactionSynchronizationManager.getSynchronizations();
        outer.forEach(TransactionSynchronization::suspend);
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();

        wake.request();
        commit();
        assertThat(runs).hasValue(1);

        TransactionSynchronizationManager.initSynchronization();
        outer.forEach(synchronization -> {
            synchronization.resume();
            TransactionSynchronizationManager.registerSynchronization(synchronization);
        });
        wake.request();
        commit();

        assertThat(runs).hasValue(2);
    }

    /** What Spring's transaction manager does after a commit: after-commit, after-completion, then clear. */
    private static void commit() {
        TransactionSynchronizationUtils.triggerAfterCommit();
        complete(TransactionSynchronization.STATUS_COMMITTED);
    }

    private static void complete(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, status);
    }
}
