package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** How a worker's batch commits: the commands it holds, in their order, and what one refusal costs the others. */
class GroupCommitCommandBusTest {

    /** A command on its own aggregate; {@code refuse} makes its handler refuse it. */
    record Step(String target, boolean refuse) {
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final SimpleCommandBus handlers = SimpleCommandBus.builder().build();
    private final DistributionSummary batchSizes = DistributionSummary.builder("batch").register(new SimpleMeterRegistry());
    private final GroupCommitCommandBus bus = new GroupCommitCommandBus(handlers, transactions, NoCache.INSTANCE,
            new BatchedAppends(new InMemoryEventStorageEngine()),
            command -> new VersionedAggregateIdentifier(((Step) command.getPayload()).target(), null), 1, 64, batchSizes);
    private final CountDownLatch firstRunning = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    GroupCommitCommandBusTest() {
        handlers.subscribe(Step.class.getName(), message -> {
            Step step = (Step) message.getPayload();
            if (step.target().equals("first")) {
                firstRunning.countDown();
                releaseFirst.await(10, TimeUnit.SECONDS);
            }
            if (step.refuse()) {
                throw new IllegalStateException(step.target() + " refused");
            }
            transactions.handled(step.target());
            return step.target();
        });
    }

    @AfterEach
    void stop() {
        bus.destroy();
    }

    @Test
    void aRefusedCommandIsSetApartAndTheOthersStillCommitTogetherInTheirOrder() throws Exception {
        FutureCallback<Object, Object> first = send(new Step("first", false));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<FutureCallback<Object, Object>> queued = new ArrayList<>();
        for (Step step : List.of(new Step("a", false), new Step("b", false), new Step("x", true), new Step("c", false),
                new Step("d", false))) {
            queued.add(send(step));
        }

        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).getPayload()).isEqualTo("first");
        List<CommandResultMessage<?>> results = new ArrayList<>();
        for (FutureCallback<Object, Object> result : queued) {
            results.add(result.get(10, TimeUnit.SECONDS));
        }
        assertThat(results).extracting(result -> result.isExceptional() ? result.exceptionResult().getMessage()
                : result.getPayload()).containsExactly("a", "b", "x refused", "c", "d");
        assertThat(transactions.rolledBack).containsExactly(List.of("a", "b"));
        assertThat(transactions.committed).containsExactly(List.of("a", "b"), List.of("c", "d"));
        // "first" alone, the attempt's prefix, "x" alone and the rest: six commands in four answers.
        assertThat(batchSizes.count()).isEqualTo(4);
        assertThat(batchSizes.totalAmount()).isEqualTo(6.0);
    }

    @Test
    void aBatchRefusedAtItsFirstCommandRunsItAloneAndTheRestAsOneBatch() throws Exception {
        send(new Step("first", false));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        FutureCallback<Object, Object> refused = send(new Step("x", true));
        FutureCallback<Object, Object> a = send(new Step("a", false));
        FutureCallback<Object, Object> b = send(new Step("b", false));

        releaseFirst.countDown();

        assertThat(refused.get(10, TimeUnit.SECONDS).exceptionResult()).hasMessage("x refused");
        assertThat(a.get(10, TimeUnit.SECONDS).getPayload()).isEqualTo("a");
        assertThat(b.get(10, TimeUnit.SECONDS).getPayload()).isEqualTo("b");
        assertThat(transactions.rolledBack).containsExactly(List.of());
        assertThat(transactions.committed).containsExactly(List.of("a", "b"));
    }

    private FutureCallback<Object, Object> send(Step step) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(step), callback);
        return callback;
    }

    /** Transactions in memory that remember which commands each one held when it committed or rolled back. */
    private static final class RecordingTransactions extends AbstractPlatformTransactionManager {

        final List<List<String>> committed = Collections.synchronizedList(new ArrayList<>());
        final List<List<String>> rolledBack = Collections.synchronizedList(new ArrayList<>());

        /** Records a handled command in this thread's transaction; a command handled alone runs in none. */
        void handled(String target) {
            Transaction transaction = (Transaction) TransactionSynchronizationManager.getResource(this);
            if (transaction != null) {
                transaction.handled.add(target);
            }
        }

        @Override
        protected Object doGetTransaction() {
            Transaction bound = (Transaction) TransactionSynchronizationManager.getResource(this);
            return bound != null ? bound : new Transaction();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return TransactionSynchronizationManager.hasResource(this);
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            TransactionSynchronizationManager.bindResource(this, transaction);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed.add(List.copyOf(((Transaction) status.getTransaction()).handled));
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack.add(List.copyOf(((Transaction) status.getTransaction()).handled));
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            TransactionSynchronizationManager.unbindResource(this);
        }

        private static final class Transaction {
            final List<String> handled = new ArrayList<>();
        }
    }
}
