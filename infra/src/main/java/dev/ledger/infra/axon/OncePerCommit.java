package dev.ledger.infra.axon;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed, however often it is asked within that transaction; at
 * once where no transaction is being synchronized; never for a transaction that rolls back.
 */
final class OncePerCommit {

    private final Runnable action;

    OncePerCommit(Runnable action) {
        this.action = action;
    }

    void request() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return; // this transaction runs it already
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(OncePerCommit.this);
            }
        });
    }
}
