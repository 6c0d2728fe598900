package dev.ledger.query.projection;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays every stored event through a projection into shadow tables while the live tables keep serving readers,
 * then swaps the shadows in. The swap happens under an exclusive lock on the live tables after the last committed
 * event was applied, so the new tables miss nothing the old ones had; the live processor goes on from its own
 * token, re-applying at most a few events that the idempotent handlers ignore. A failure drops the shadows and
 * leaves the live tables as they were. One rebuild per projection across all instances (an advisory lock).
 * Organizations are replayed in parallel lanes ({@code ledger.rebuild.writers}), each organization in its order;
 * rebuilds running at once share that many connections, taken a batch at a time.
 */
@Component
public class ProjectionRebuilder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final Duration CAUGHT_UP_WAIT = Duration.ofMillis(200);
    private static final Duration LOG_EVERY = Duration.ofSeconds(2);

    private final Map<String, RebuildableProjection> projections;
    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final EventOrganizations organizations;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final ShadowTables shadows;
    private final RebuildProgressStore progressStore;
    private final int batchSize;
    private final int writers;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService laneRunner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-rebuild-lane");
        thread.setDaemon(true);
        return thread;
    });
    /** A permit a batch being applied: however many rebuilds run, they hold at most {@code writers} connections. */
    private final Semaphore connections;

    public ProjectionRebuilder(List<RebuildableProjection> projections,
            StreamableMessageSource<TrackedEventMessage<?>> events, EventOrganizations organizations,
            DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            @Value("${ledger.rebuild.batch-size:1000}") int batchSize,
            @Value("${ledger.rebuild.writers:4}") int writers) {
        this.projections = projections.stream()
                .collect(Collectors.toMap(RebuildableProjection::processingGroup, Function.identity()));
        this.events = events;
        this.organizations = organizations;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.shadows = new ShadowTables(jdbc);
        this.progressStore = new RebuildProgressStore(jdbc);
        this.batchSize = batchSize;
        this.writers = Math.max(1, writers);
        this.connections = new Semaphore(this.writers, true);
    }

    public List<String> projectionNames() {
        return projections.keySet().stream().sorted().toList();
    }

    public Optional<RebuildProgress> progress(String projection) {
        requireKnown(projection);
        return progressStore.find(projection);
    }

    /** Starts a rebuild in the background and returns its first progress record. */
    public RebuildProgress start(String projectionName) {
        RebuildableProjection projection = requireKnown(projectionName);
        Connection lock = acquireLock(projectionName);
        RebuildProgress started;
        try {
            started = RebuildProgress.started(projectionName, eventsInStore(), node, clock.instant());
            progressStore.save(started);
        } catch (RuntimeException e) {
            release(lock, projectionName);
            throw e;
        }
        runner.submit(() -> {
            try {
                run(projection, started);
            } finally {
                release(lock, projectionName);
            }
        });
        return started;
    }

    private void run(RebuildableProjection projection, RebuildProgress started) {
        List<String> tables = projection.tables();
        RebuildProgress progress = started;
        log.info("rebuild of {} started: about {} events into shadow tables {}", projection.processingGroup(),
                started.eventsTotal(), tables);
        try {
            transactions.executeWithoutResult(status -> shadows.create(tables));
            AnnotationEventHandlerAdapter handlers =
                    new AnnotationEventHandlerAdapter(projection.writingTo(TableNames.shadowOf(tables)));
            try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
                Reporter reporter = new Reporter(progress);
                PrefetchedEvents ahead = new PrefetchedEvents(stream, 4 * batchSize, "projection-rebuild-reader");
                List<TrackedEventMessage<?>> readButNotApplied;
                try (Lanes lanes = new Lanes(handlers)) {
                    long done = lanes.applyUntilCaughtUp(ahead, reporter::at);
                    // Caught up: build the lookup indexes left out while filling, then catch up once more.
                    reporter.in(RebuildProgress.State.INDEXING, done);
                    log.info("rebuild of {}: caught up at {} events, building the shadow tables' indexes",
                            projection.processingGroup(), done);
                    Integer built = transactions.execute(status -> shadows.buildDeferredIndexes(tables));
                    log.info("rebuild of {}: {} indexes built", projection.processingGroup(), built);
                    done = lanes.applyUntilCaughtUp(ahead, reporter::at);
                    reporter.at(done);
                } catch (RuntimeException e) {
                    stopAfterFailure(ahead, e); // the rebuild fails with the lane's reason, not the reader's
                    throw e;
                } finally {
                    progress = reporter.progress;
                }
                readButNotApplied = stopQuietly(ahead);
                TrackingToken lastRead = ahead.lastRead();
                long done = progress.eventsDone();
                progressStore.save(progress.in(RebuildProgress.State.SWAPPING, clock.instant()));
                long[] drained = {0};
                transactions.executeWithoutResult(status -> {
                    shadows.lockLive(tables);
                    // Under the lock, read on this thread until everything committed is applied: the swap misses nothing.
                    EventSource rest = new CommittedUnderLock(readButNotApplied, stream, lastRead, events.createHeadToken());
                    int applied;
                    do {
                        applied = inUnitOfWork(() -> applyAvailable(rest, handlers, batchSize));
                        drained[0] += applied;
                    } while (applied > 0);
                    shadows.swap(tables);
                });
                progress = progress.advancedTo(done + drained[0], done + drained[0], clock.instant())
                        .in(RebuildProgress.State.COMPLETED, clock.instant());
                progressStore.save(progress);
                logProgress(progress);
            }
        } catch (RuntimeException e) {
            log.error("rebuild of {} failed; the live tables are unchanged", projection.processingGroup(), e);
            dropShadowsQuietly(tables);
            progressStore.save(progress.failed(String.valueOf(e.getMessage()), clock.instant()));
        }
    }

    /** Progress of one rebuild, saved and logged every few seconds while its events are applied. */
    private final class Reporter {

        private RebuildProgress progress;
        private Instant lastLog = clock.instant();

        Reporter(RebuildProgress progress) {
            this.progress = progress;
        }

        void at(long done) {
            progress = advancedTo(done);
            if (Duration.between(lastLog, clock.instant()).compareTo(LOG_EVERY) >= 0) {
                progressStore.save(progress);
                logProgress(progress);
                lastLog = clock.instant();
            }
        }

        void in(RebuildProgress.State state, long done) {
            progress = advancedTo(done).in(state, clock.instant());
            progressStore.save(progress);
        }

        private RebuildProgress advancedTo(long done) {
            return progress.advancedTo(done, Math.max(progress.eventsTotal(), done), clock.instant());
        }
    }

    /**
     * Applies events in lanes by organization: a worker a lane, each applying batches in transactions of its own on
     * its own connection, so PostgreSQL and the JVM work on several at once and no lane waits for another. Rows
     * belong to one organization, so a row's events stay in one lane in their order. An event of no organization may
     * touch any row: it waits until every lane is idle and is applied alone.
     */
    private final class Lanes implements AutoCloseable {

        private static final Duration POLL = Duration.ofMillis(50);
        private static final int REPORT_EVERY = 1_000;

        private final AnnotationEventHandlerAdapter handlers;
        private final List<Lane> lanes = new ArrayList<>();
        private final List<Future<?>> workers = new ArrayList<>();
        private final Object idle = new Object();
        private final AtomicLong applied = new AtomicLong();
        private volatile RuntimeException failure;
        private volatile boolean closed;
        private long routed;
        private long notRouted;

        Lanes(AnnotationEventHandlerAdapter handlers) {
            this.handlers = handlers;
            for (int i = 0; i < writers; i++) {
                Lane lane = new Lane();
                lanes.add(lane);
                workers.add(laneRunner.submit(lane::work));
            }
        }

        /** Applies what comes until nothing arrives within the wait and every lane is idle; returns events done. */
        long applyUntilCaughtUp(PrefetchedEvents ahead, LongConsumer progress) {
            try {
                TrackedEventMessage<?> event;
                while ((event = ahead.next(CAUGHT_UP_WAIT)) != null) {
                    route(event);
                    if ((routed + notRouted) % REPORT_EVERY == 0) {
                        progress.accept(done());
                    }
                }
                awaitIdle();
                return done();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted", e);
            }
        }

        private void route(TrackedEventMessage<?> event) throws InterruptedException {
            String organization;
            if (!handlers.canHandle(event)) {
                notRouted++;
            } else if ((organization = organizations.of(event)) != null) {
                lanes.get(Math.floorMod(organization.hashCode(), writers)).add(event);
                routed++;
            } else {
                awaitIdle();
                apply(List.of(event));
                notRouted++;
            }
        }

        private long done() {
            return applied.get() + notRouted;
        }

        /** Hands every lane what it has, then waits until all of it is applied. */
        private void awaitIdle() throws InterruptedException {
            for (Lane lane : lanes) {
                lane.hand();
            }
            synchronized (idle) {
                while (applied.get() < routed) {
                    failIfALaneFailed();
                    idle.wait(POLL.toMillis());
                }
            }
            failIfALaneFailed();
        }

        private void failIfALaneFailed() {
            if (failure != null) {
                throw failure;
            }
        }

        private void apply(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            Iterator<TrackedEventMessage<?>> events = batch.iterator();
            connections.acquire();
            try {
                transactions.executeWithoutResult(status -> inUnitOfWork(() ->
                        applyAvailable(wait -> events.hasNext() ? events.next() : null, handlers, batch.size())));
            } finally {
                connections.release();
            }
        }

        /** Stops the workers and waits for them: nothing writes to the shadow tables after this returns. */
        @Override
        public void close() {
            closed = true;
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    log.debug("a rebuild lane ended with a failure already reported", e);
                }
            }
        }

        /** A worker applying the batches handed to it, in order; its next batch fills while it applies one. */
        private final class Lane {

            private final BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(2);
            private List<TrackedEventMessage<?>> filling = new ArrayList<>(batchSize);

            void add(TrackedEventMessage<?> event) throws InterruptedException {
                filling.add(event);
                if (filling.size() == batchSize) {
                    hand();
                }
            }

            void hand() throws InterruptedException {
                if (filling.isEmpty()) {
                    return;
                }
                while (!batches.offer(filling, POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    failIfALaneFailed();
                }
                filling = new ArrayList<>(batchSize);
            }

            void work() {
                try {
                    while (!closed && failure == null) {
                        List<TrackedEventMessage<?>> batch = batches.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                        if (batch == null) {
                            continue;
                        }
                        apply(batch);
                        synchronized (idle) {
                            applied.addAndGet(batch.size());
                            idle.notifyAll();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail(new IllegalStateException("rebuild interrupted", e));
                } catch (RuntimeException e) {
                    fail(e);
                } catch (Error e) {
                    // Whatever ends a worker must reach the dispatcher, or it waits for this lane forever.
                    fail(new IllegalStateException("event handler failed during rebuild: " + e, e));
                }
            }

            private void fail(RuntimeException e) {
                synchronized (idle) {
                    if (failure == null) {
                        failure = e;
                    }
                    idle.notifyAll();
                }
            }
        }
    }

    /** A unit of work around a batch, so projections queue their writes and send them as JDBC batches at its end. */
    private static int inUnitOfWork(java.util.function.IntSupplier batch) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("projection-rebuild"));
        try {
            int applied = batch.getAsInt();
            unitOfWork.commit();
            return applied;
        } catch (RuntimeException | Error e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    /** Where a rebuild takes its next event from: null when none came within the wait. */
    @FunctionalInterface
    interface EventSource {
        TrackedEventMessage<?> next(Duration wait) throws InterruptedException;
    }

    private static void stopAfterFailure(PrefetchedEvents ahead, RuntimeException failure) {
        try {
            ahead.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static List<TrackedEventMessage<?>> stopQuietly(PrefetchedEvents ahead) {
        try {
            return ahead.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        }
    }

    private static int applyAvailable(EventSource events, AnnotationEventHandlerAdapter handlers, int limit) {
        int applied = 0;
        try {
            TrackedEventMessage<?> event;
            while (applied < limit && (event = events.next(CAUGHT_UP_WAIT)) != null) {
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
                applied++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("event handler failed during rebuild", e);
        }
        return applied;
    }

    private long eventsInStore() {
        TrackingToken head = events.createHeadToken();
        TrackingToken tail = events.createTailToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        long tailPosition = tail == null ? 0 : tail.position().orElse(0);
        return Math.max(0, headPosition - tailPosition);
    }

    private void logProgress(RebuildProgress progress) {
        log.info("rebuild of {}: {} {}/{} events, {} events/s, about {} s left", progress.projection(), progress.state(),
                progress.eventsDone(), progress.eventsTotal(), Math.round(progress.eventsPerSecond()),
                progress.estimatedRemaining() == null ? "?" : progress.estimatedRemaining().toSeconds());
    }

    private void dropShadowsQuietly(List<String> tables) {
        try {
            transactions.executeWithoutResult(status -> shadows.dropQuietly(tables));
        } catch (RuntimeException e) {
            log.warn("could not drop the shadow tables of a failed rebuild; the next rebuild replaces them", e);
        }
    }

    private RebuildableProjection requireKnown(String name) {
        RebuildableProjection projection = projections.get(name);
        if (projection == null) {
            throw new UnknownProjection(name);
        }
        return projection;
    }

    /** A session-level advisory lock on a connection held for the whole rebuild: one rebuild per projection. */
    private Connection acquireLock(String projection) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
                statement.setString(1, "projection-rebuild:" + projection);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (!result.getBoolean(1)) {
                        connection.close();
                        throw new RebuildAlreadyRunning(projection);
                    }
                }
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the rebuild lock for " + projection, e);
        }
    }

    private static void release(Connection connection, String projection) {
        try (connection; PreparedStatement statement =
                connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            statement.setString(1, "projection-rebuild:" + projection);
            statement.execute();
        } catch (SQLException e) {
            log.warn("could not release the rebuild lock of {}; closing the connection releases it", projection, e);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
        laneRunner.shutdownNow();
    }
}
