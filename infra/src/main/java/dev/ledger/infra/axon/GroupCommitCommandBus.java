package dev.ledger.infra.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import dev.ledger.command.api.ConcurrencyKey;
import io.micrometer.core.instrument.DistributionSummary;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.NoOpCallback;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
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
 * answers the callers. If a command is refused, the batch rolls back and its aggregates leave the cache; the commands
 * before the refused one then commit together again, the refused one runs on its own (its answer decided on the
 * store, exactly as without group commit) and the rest follow as a batch. If the batch fails otherwise before its
 * commit, it rolls back and each command runs again on its own. If the
 * itself fails the outcome is unknown, so every caller of the batch gets the failure and nothing is retried. A
 * command refused on its own runs once more after its aggregate left the cache, so no refusal rests on a cached copy
 * that another instance has overtaken.
 * Work queued with {@link #inBatchOf} (an idempotent request: key, command, stored answer) joins a batch like a
 * command; the commands it sends run at once on the worker, in the batch.
 * A caller already inside a transaction of its own (an event processor's step) is handled on its own thread, in its
 * transaction, reading its aggregate from the store and leaving the cache untouched: its change is not committed
 * yet, so no other command may build on it, and a refusal there never rests on a stale cached copy.
 */
final class GroupCommitCommandBus implements CommandBus, CommandBatches, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);

    /** The worker whose transaction this thread is running work in. */
    private static final ThreadLocal<Worker> IN_BATCH = new ThreadLocal<>();

    private final CommandBus delegate;
    private final TransactionTemplate batchTransaction;
    private final Cache aggregateCache;
    private final BatchedAppends appends;
    private final CommandTargetResolver targets;
    private final List<Worker> workers = new ArrayList<>();
    private final int maxBatch;
    private final DistributionSummary batchSizes;

    GroupCommitCommandBus(CommandBus delegate, PlatformTransactionManager transactions, Cache aggregateCache,
            BatchedAppends appends, CommandTargetResolver targets, int workerCount, int maxBatch,
            DistributionSummary batchSizes) {
        this.delegate = delegate;
        this.targets = targets;
        this.batchSizes = batchSizes;
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
        Worker batch = IN_BATCH.get();
        if (batch != null) {
            batch.runNow(command, callback);
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Its change commits later, in the caller's hands: it decides on the store and leaves the cache alone.
            CaffeineAggregateCache.committedOnly(() -> delegate.dispatch(command, callback));
            return;
        }
        if (workers.isEmpty()) {
            delegate.dispatch(command, callback);
            return;
        }
        workerFor(command).queue.add(new QueuedCommand(command, callback));
    }

    @Override
    public <T> T inBatchOf(Object command, Supplier<T> work) {
        if (workers.isEmpty() || IN_BATCH.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
            // No batch to hand it to (or already in one): it runs in a transaction on this thread, joining any open one.
            return batchTransaction.execute(status -> work.get());
        }
        QueuedWork<T> queued = new QueuedWork<>(work);
        workerFor(GenericCommandMessage.asCommandMessage(command)).queue.add(queued);
        try {
            return queued.answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private Worker workerFor(CommandMessage<?> command) {
        return workers.get(Math.floorMod(workerKeyOf(command).hashCode(), workers.size()));
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

    /** What a worker queues: a command, or work that sends one. */
    private interface Queued {

        /** Runs inside the batch's transaction; false if it failed, and the batch must roll back. */
        boolean runInBatch(Worker worker);

        /** Answers the caller once the batch committed. */
        void answer();

        /** Answers the caller with a failure that leaves the outcome unknown. */
        void fail(RuntimeException failure);

        /**
         * Runs on its own and answers the caller. Unless {@code fromStore} (its aggregate already left the cache),
         * a refusal is decided once more after its aggregate leaves the cache.
         */
        void runAlone(Worker worker, boolean fromStore);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private final class QueuedCommand implements Queued {
        private final CommandMessage<?> command;
        private final CommandCallback callback;
        private CommandResultMessage<?> result;
        /** Whether its caller has its answer: a failure of the worker after that must not answer it again. */
        private boolean answered;

        QueuedCommand(CommandMessage<?> command, CommandCallback callback) {
            this.command = command;
            this.callback = callback;
        }

        @Override
        public boolean runInBatch(Worker worker) {
            Outcome outcome = new Outcome();
            delegate.dispatch(command, outcome);
            result = outcome.result;
            return !result.isExceptional();
        }

        @Override
        public void answer() {
            reply(result);
        }

        @Override
        public void fail(RuntimeException failure) {
            reply(GenericCommandResultMessage.asCommandResultMessage(failure));
        }

        @Override
        public void runAlone(Worker worker, boolean fromStore) {
            if (fromStore) {
                delegate.dispatch(command, (message, alone) -> reply(alone));
                return;
            }
            Outcome outcome = new Outcome();
            delegate.dispatch(command, outcome);
            if (outcome.result.isExceptional()) {
                // Another instance may have changed the aggregate since it was cached: decide again on the store.
                evict();
                delegate.dispatch(command, (message, alone) -> reply(alone));
            } else {
                reply(outcome.result);
            }
        }

        private void reply(CommandResultMessage<?> answer) {
            if (!answered) {
                answered = true;
                callback.onResult(command, answer);
            }
        }

        void evict() {
            GroupCommitCommandBus.this.evict(command);
        }
    }

    private final class QueuedWork<T> implements Queued {
        private final Supplier<T> work;
        private final CompletableFuture<T> answer = new CompletableFuture<>();
        private T result;

        QueuedWork(Supplier<T> work) {
            this.work = work;
        }

        @Override
        public boolean runInBatch(Worker worker) {
            worker.refused = false;
            try {
                result = work.get();
            } catch (RuntimeException failed) {
                return false;
            }
            return !worker.refused;
        }

        @Override
        public void answer() {
            answer.complete(result);
        }

        @Override
        public void fail(RuntimeException failure) {
            answer.completeExceptionally(failure);
        }

        @Override
        public void runAlone(Worker worker, boolean fromStore) {
            worker.sent.clear();
            worker.refused = false;
            boolean[] done = {false};
            IN_BATCH.set(worker);
            try {
                answer.complete(batchTransaction.execute(status -> {
                    T value = work.get();
                    done[0] = true;
                    return value;
                }));
            } catch (RuntimeException failure) {
                worker.sent.forEach(GroupCommitCommandBus.this::evict);
                if (done[0] || fromStore || !worker.refused) {
                    answer.completeExceptionally(failure);
                } else {
                    runAlone(worker, true); // a command was refused on a cached aggregate: decide again on the store
                }
            } finally {
                IN_BATCH.remove();
            }
        }
    }

    /** Rolls a batch back when one of its commands was refused; the rest then run again without it. */
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

        private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
        /** Commands that queued work sent in the current batch: their aggregates leave the cache if it rolls back. */
        private final List<CommandMessage<?>> sent = new ArrayList<>();
        /** Whether a command the current work sent was refused. */
        private boolean refused;
        private volatile boolean running = true;

        Worker(int index) {
            super("group-commit-" + index);
            setDaemon(true);
        }

        /** A command sent by work running in this worker's transaction: handled now, on this thread. */
        <C, R> void runNow(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
            sent.add(command);
            CommandCallback<C, R> watched = (message, result) -> {
                refused |= result.isExceptional();
                callback.onResult(message, result);
            };
            if (workerFor(command) == this) {
                delegate.dispatch(command, watched);
            } else {
                // Another worker's aggregate, maybe in its uncommitted batch: decide on the store, leave the cache alone.
                CaffeineAggregateCache.committedOnly(() -> delegate.dispatch(command, watched));
            }
        }

        @Override
        public void run() {
            List<Queued> batch = new ArrayList<>(maxBatch);
            while (running) {
                try {
                    batch.add(queue.take());
                } catch (InterruptedException e) {
                    break;
                }
                queue.drainTo(batch, maxBatch - 1);
                try {
                    handle(batch);
                } catch (RuntimeException | Error unexpected) {
                    // Whatever went wrong, the worker lives on: a dead worker would leave its aggregates' callers waiting.
                    log.error("group commit worker failed on a batch of {}", batch.size(), unexpected);
                    RuntimeException failure = unexpected instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("the command's batch failed", unexpected);
                    batch.forEach(queued -> queued.fail(failure));
                }
                batch.clear();
            }
            failQueued();
        }

        private void handle(List<Queued> batch) {
            sent.clear();
            if (batch.size() == 1) {
                // Nothing to share a commit with: no extra transaction around it.
                batchSizes.record(1);
                batch.get(0).runAlone(this, false);
                return;
            }
            boolean[] allHandled = {false};
            int[] refusedAt = {-1};
            try {
                batchTransaction.executeWithoutResult(status -> {
                    appends.hold();
                    IN_BATCH.set(this);
                    try {
                        for (int i = 0; i < batch.size(); i++) {
                            if (!batch.get(i).runInBatch(this)) {
                                // A refused command may have left partial work in the shared transaction: undo the batch.
                                refusedAt[0] = i;
                                throw new CommandInBatchFailed();
                            }
                        }
                    } finally {
                        IN_BATCH.remove();
                    }
                    appends.flush();
                    allHandled[0] = true;
                });
            } catch (RuntimeException failure) {
                appends.discard();
                sent.forEach(GroupCommitCommandBus.this::evict);
                batch.forEach(queued -> {
                    if (queued instanceof QueuedCommand command) {
                        command.evict();
                    }
                });
                if (failure instanceof CommandInBatchFailed) {
                    setApart(batch, refusedAt[0]);
                } else if (allHandled[0]) {
                    log.error("commit of a batch of {} commands failed; its outcome is unknown", batch.size(), failure);
                    batch.forEach(queued -> queued.fail(failure));
                } else {
                    log.warn("a batch of {} commands failed before its commit; running each alone", batch.size(), failure);
                    runEachAlone(batch);
                }
                return;
            }
            batchSizes.record(batch.size());
            batch.forEach(Queued::answer);
        }

        /**
         * The batch again in its order, the refused work set apart: one refusal costs a batch one extra attempt, not
         * a commit for each of its commands.
         */
        private void setApart(List<Queued> batch, int refused) {
            if (refused > 0) {
                handle(batch.subList(0, refused));
            }
            batchSizes.record(1);
            batch.get(refused).runAlone(this, true);
            if (refused + 1 < batch.size()) {
                handle(batch.subList(refused + 1, batch.size()));
            }
        }

        private void runEachAlone(List<Queued> batch) {
            for (Queued queued : batch) {
                batchSizes.record(1);
                queued.runAlone(this, true);
            }
        }

        private void failQueued() {
            List<Queued> left = new ArrayList<>();
            queue.drainTo(left);
            IllegalStateException stopped = new IllegalStateException("the service is stopping; the command was not handled");
            left.forEach(queued -> queued.fail(stopped));
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
