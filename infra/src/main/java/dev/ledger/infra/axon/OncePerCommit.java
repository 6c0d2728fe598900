package dev.ledger.infra.axon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed, however often it is asked within that transaction; at
 * once where no transaction is being synchronized; never for a transaction that rolls back. A transaction suspended for
 * an inner one ({@code REQUIRES_NEW}) keeps its own request; the inner one asks for itself.
 */
final class OncePerCommit {

    private static final Logger log = LoggerFactory.getLogger(OncePerCommit.class);

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
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(OncePerCommit.this);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(OncePerCommit.this, Boolean.TRUE);
            }

            @Override
            public void afterCommit() {
                try {
                    action.run();
                } catch (RuntimeException failed) {
                    // The transaction has committed: a failure here must not reach its callers as theirs.
                    log.warn("after-commit action failed", failed);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(OncePerCommit.this);
            }
        });
    }
}
