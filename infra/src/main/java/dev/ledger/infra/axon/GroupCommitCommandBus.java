package dev.ledger.infra.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import dev.ledger.command.api.ConcurrencyKey;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.NoOpCallback;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits many commands in one database transaction. Commands are routed by target aggregate to a fixed worker (so
 * one aggregate is never handled on two threads at once); a worker takes whatever is queued, runs each command
 * through the ordinary bus in its own unit of work joined to one shared transaction, commits once and only then
 * answers the callers. If any command fails, or the batch fails before its commit, the whole batch rolls back, its
 * aggregates leave the cache and each command runs again on its own, exactly as without group commit. If the commit
 * itself fails the outcome is unknown, so every caller of the batch gets the failure and nothing is retried. A
 * command refused on its own runs once more after its aggregate left the cache, so no refusal rests on a cached copy
 * that another instance has overtaken.
 * A caller already inside a transaction (an idempotent request, an event processor's step) is handled on its own
 * thread, in its transaction, reading its aggregate from the store and leaving the cache untouched: its change is not
 * committed yet, so no other command may build on it, and a refusal there never rests on a stale cached copy.
 */
final class GroupCommitCommandBus implements CommandBus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);

    private final CommandBus delegate;
    private final TransactionTemplate batchTransaction;
    private final Cache aggregateCache;
    private final BatchedAppends appends;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final List<Worker> workers = new ArrayList<>();
    private final int maxBatch;

    GroupCommitCommandBus(CommandBus delegate, PlatformTransactionManager transactions, Cache aggregateCache,
            BatchedAppends appends, int workerCount, int maxBatch) {
        this.delegate = delegate;
        this.appends = appends;
        this.batchTransaction = new TransactionTemplate(transactions);
        this.aggregateCache = aggregateCache;
        this.maxBatch = maxBatch;
        for (int i = 0; i < workerCount; i++) {
            Worker worker = new Worker(i);
            workers.add(worker);
            worker.start();
        }
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, NoOpCallback.INSTANCE);
    }

    @Override
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Its change commits later, in the caller's hands: it decides on the store and leaves the cache alone.
            CaffeineAggregateCache.committedOnly(() -> delegate.dispatch(command, callback));
            return;
        }
        if (workers.isEmpty()) {
            delegate.dispatch(command, callback);
            return;
        }
        String key = workerKeyOf(command);
        workers.get(Math.floorMod(key.hashCode(), workers.size())).queue.add(new Pending(command, callback));
    }

    /** Its aggregate, and the aggregate a keyed command's key may name, leave the cache. */
    private void evict(CommandMessage<?> command) {
        aggregateCache.remove(aggregateOf(command));
        aggregateCache.remove(workerKeyOf(command));
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return delegate.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerHandlerInterceptor(interceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    /**
     * The worker key: the command's own concurrency key where it declares one (it locks another aggregate too), the
     * target aggregate otherwise. Same key, same worker: two batches never wait on each other for those locks.
     */
    private String workerKeyOf(CommandMessage<?> command) {
        if (command.getPayload() instanceof ConcurrencyKey keyed) {
            return keyed.concurrencyKey();
        }
        return aggregateOf(command);
    }

    private String aggregateOf(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (RuntimeException noTarget) {
            return command.getCommandName(); // a command without a target still needs a worker; any will do
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private record Pending(CommandMessage<?> command, CommandCallback callback) {

        void answer(CommandResultMessage<?> result) {
            callback.onResult(command, result);
        }

        void runAlone(CommandBus bus) {
            bus.dispatch(command, callback);
        }
    }

    /** Rolls a batch back when one of its commands failed; each command then runs again on its own. */
    private static final class CommandInBatchFailed extends RuntimeException {
        CommandInBatchFailed() {
            super("a command of the batch failed", null, false, false);
        }
    }

    /** Collects a command's result inside the batch, to be answered only after the batch commits. */
    private static final class Outcome implements CommandCallback<Object, Object> {
        private CommandResultMessage<?> result;

        @Override
        public void onResult(CommandMessage<?> command, CommandResultMessage<?> result) {
            this.result = result;
        }
    }

    private final class Worker extends Thread {

        private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        private volatile boolean running = true;

        Worker(int index) {
            super("group-commit-" + index);
            setDaemon(true);
        }

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>(maxBatch);
            while (running) {
                try {
                    batch.add(queue.take());
                } catch (InterruptedException e) {
                    break;
                }
                queue.drainTo(batch, maxBatch - 1);
                try {
                    handle(batch);
                } catch (RuntimeException unexpected) {
                    log.error("group commit worker failed on a batch of {}", batch.size(), unexpected);
                    batch.forEach(pending -> pending.answer(GenericCommandResultMessage.asCommandResultMessage(unexpected)));
                }
                batch.clear();
            }
            failQueued();
        }

        private void handle(List<Pending> batch) {
            if (batch.size() == 1) {
                // Nothing to share a commit with: no extra transaction around it.
                Pending alone = batch.get(0);
                Outcome outcome = new Outcome();
                delegate.dispatch(alone.command(), outcome);
                if (outcome.result.isExceptional()) {
                    // Another instance may have changed the aggregate since it was cached: decide again on the store.
                    evict(alone.command());
                    alone.runAlone(delegate);
                } else {
                    alone.answer(outcome.result);
                }
                return;
            }
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            boolean[] allHandled = {false};
            try {
                batchTransaction.executeWithoutResult(status -> {
                    appends.hold();
                    for (Pending pending : batch) {
                        Outcome outcome = new Outcome();
                        delegate.dispatch(pending.command(), outcome);
                        if (outcome.result.isExceptional()) {
                            // A refused command may have left partial work in the shared transaction: undo the batch.
                            throw new CommandInBatchFailed();
                        }
                        outcomes.add(outcome);
                    }
                    appends.flush();
                    allHandled[0] = true;
                });
            } catch (RuntimeException failure) {
                appends.discard();
                batch.forEach(pending -> evict(pending.command()));
                if (failure instanceof CommandInBatchFailed) {
                    batch.forEach(pending -> pending.runAlone(delegate));
                } else if (allHandled[0]) {
                    log.error("commit of a batch of {} commands failed; its outcome is unknown", batch.size(), failure);
                    batch.forEach(pending -> pending.answer(GenericCommandResultMessage.asCommandResultMessage(failure)));
                } else {
                    log.warn("a batch of {} commands failed before its commit; running each alone", batch.size(), failure);
                    batch.forEach(pending -> pending.runAlone(delegate));
                }
                return;
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer(outcomes.get(i).result);
            }
        }

        private void failQueued() {
            List<Pending> left = new ArrayList<>();
            queue.drainTo(left);
            IllegalStateException stopped = new IllegalStateException("the service is stopping; the command was not handled");
            left.forEach(pending -> pending.answer(GenericCommandResultMessage.asCommandResultMessage(stopped)));
        }
    }

    @Override
    public void destroy() {
        workers.forEach(worker -> {
            worker.running = false;
            worker.interrupt();
        });
    }
}
