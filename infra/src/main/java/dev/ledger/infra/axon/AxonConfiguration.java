package dev.ledger.infra.axon;

import com.fasterxml.jackson.databind.Module;
import java.time.Duration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    private static final String PENDING_PAYMENT_ORDERS = "pending-payment-orders";
    private static final String ORGANIZATION_CURRENCIES = "organization-currencies";
    /** The meter of commands a group commit committed together. */
    static final String GROUP_COMMIT_BATCH = "ledger.group_commit.batch";

    /** Aggregates and ports ask the time from one clock, so tests can move it. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    @Bean
    RevisionResolver revisionResolver() {
        return new KernelRevisionResolver();
    }

    /** Axon's Spring configuration chains every upcaster bean in front of the event store's reads. */
    @Bean
    org.axonframework.serialization.upcasting.event.EventUpcaster paymentOrderRevisionUpcaster() {
        return new PaymentOrderRevisionUpcaster();
    }

    @Bean
    Module ledgerValuesJacksonModule() {
        return new LedgerValuesJacksonModule();
    }

    /** Replaces Axon's message origin provider (it backs off when one is defined) with one as fast for replays. */
    @Bean
    org.axonframework.messaging.correlation.CorrelationDataProvider messageOrigins(
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new StoredOrigins(eventSerializer);
    }

    /**
     * Axon's JDBC engine, with payload and metadata stored as text so the JSON is readable in place, and appends of a
     * group-commit batch written together.
     */
    @Bean
    BatchedAppends eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            @Value("${ledger.processing.read-batch:1000}") int readBatch,
            @Value("${ledger.processing.min-head-read-interval:PT0.01S}") Duration minHeadReadInterval) {
        return new BatchedAppends(new LedgerEventStorageEngine(JdbcEventStorageEngine.builder()
                // Events read per query by streams catching up and by rebuilds (Axon's default is 100).
                .batchSize(readBatch)
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .appendEvents(new UnnestAppends())
                .dataType(String.class), minHeadReadInterval));
    }

    /** Which aggregate a command targets, for the aggregates (Axon asks its configuration) and for group commit. */
    @Bean
    org.axonframework.modelling.command.CommandTargetResolver commandTargetResolver() {
        return new CachedCommandTargets();
    }

    /** {@code ledger.performance.aggregate-cache-size=0} turns caching off (the stock baseline of the benchmark). */
    @Bean
    org.axonframework.common.caching.Cache aggregateCache(
            @Value("${ledger.performance.aggregate-cache-size:100000}") long size) {
        return size <= 0 ? org.axonframework.common.caching.NoCache.INSTANCE : new CaffeineAggregateCache(size);
    }

    /** Defined here because a custom event store makes Axon's JDBC auto-configuration step back. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return duplicateKeys();
    }

    /**
     * A unique key the store refused (SQLState 23505) is a concurrent append: Axon then throws its concurrency
     * exceptions (409, or a redelivered creation recognised). Axon's JDBC resolver looks for
     * {@code SQLIntegrityConstraintViolationException}, which pgjdbc never throws, so those became store failures (503).
     */
    static PersistenceExceptionResolver duplicateKeys() {
        return new org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver("23505");
    }

    @Bean
    ConnectionProvider connectionProvider(javax.sql.DataSource dataSource) {
        return new org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper(
                new org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * The event store. Processors tail it; when caught up they poll for new events every {@code fetch-delay}, and are
     * woken at once when a transaction of this instance that appended events commits (events of other instances wait
     * for the poll).
     */
    @Bean
    org.axonframework.eventsourcing.eventstore.EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
            org.axonframework.config.Configuration axon,
            @Value("${ledger.processing.fetch-delay:PT0.02S}") Duration fetchDelay) {
        return new CommitSignalingEventStore(org.axonframework.eventsourcing.eventstore.EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(org.axonframework.eventsourcing.eventstore.EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(org.axonframework.eventhandling.EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis()));
    }

    /**
     * The command bus: Axon's simple bus, wrapped in group commit so that many commands share one database commit.
     * {@code workers=0} turns group commit off. It is also the {@link CommandBatches} idempotent requests run in.
     */
    @Bean
    GroupCommitCommandBus commandBus(
            org.springframework.transaction.PlatformTransactionManager transactions,
            TransactionManager axonTransactions,
            org.axonframework.config.Configuration axon,
            org.axonframework.commandhandling.DuplicateCommandHandlerResolver duplicates,
            org.axonframework.common.caching.Cache aggregateCache,
            BatchedAppends storageEngine,
            org.axonframework.modelling.command.CommandTargetResolver targets,
            io.micrometer.core.instrument.MeterRegistry meters,
            // Two, not more: the fewer the workers, the more commands each commit holds (at 64 clients 14 a commit with
            // two workers, 6 with four); two keep one worker's slow batch from holding up every command.
            @Value("${ledger.performance.group-commit.workers:2}") int workers,
            @Value("${ledger.performance.group-commit.max-batch:64}") int maxBatch) {
        org.axonframework.commandhandling.SimpleCommandBus simple = org.axonframework.commandhandling.SimpleCommandBus.builder()
                .transactionManager(axonTransactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(org.axonframework.commandhandling.CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(org.axonframework.commandhandling.CommandBus.class, "commandBus"))
                .build();
        simple.registerHandlerInterceptor(
                new org.axonframework.messaging.interceptors.CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        // How many commands share a commit: the fewer, the more each command pays for its transaction.
        io.micrometer.core.instrument.DistributionSummary batchSizes = io.micrometer.core.instrument.DistributionSummary
                .builder(GROUP_COMMIT_BATCH).description("commands committed together").baseUnit("commands")
                .register(meters);
        return new GroupCommitCommandBus(simple, transactions, aggregateCache, storageEngine, targets, workers, maxBatch,
                batchSizes);
    }

    @Bean
    EventArrivals eventArrivals(
            org.springframework.beans.factory.ObjectProvider<org.axonframework.eventsourcing.eventstore.EventStore> events,
            @Value("${ledger.processing.wake-interval:PT0.05S}") Duration wakeInterval) {
        return new EventArrivals(events::getObject, wakeInterval);
    }

    /**
     * Segment claims name their instance: two instances on one database (even two in one JVM, as in tests) must
     * never share an owner name, or both would think they hold the same segment.
     */
    @Bean
    NodeIdentity nodeIdentity(@Value("${ledger.node-id:}") String configuredNodeId) {
        return NodeIdentity.from(configuredNodeId);
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, NodeIdentity node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TokenSchema.builder().build())
                .nodeId(node.value())
                .claimTimeout(Duration.ofSeconds(10))
                .contentType(byte[].class)
                .build();
    }

    @Bean
    ProcessorPositions processorPositions(JdbcClient jdbc, Serializer serializer,
            org.axonframework.eventsourcing.eventstore.EventStore events, EventProcessingConfiguration processing) {
        return new ProcessorPositions(jdbc, serializer, events, processing);
    }

    @Bean
    ProcessorLagMetrics processorLagMetrics(ProcessorPositions positions, io.micrometer.core.instrument.MeterRegistry meters) {
        return new ProcessorLagMetrics(positions, meters);
    }

    @Bean
    SegmentBalancer segmentBalancer(JdbcClient jdbc, EventProcessingConfiguration processing, TokenStore tokenStore,
            NodeIdentity node, @Value("${ledger.processing.node-liveness:PT20S}") Duration liveness) {
        return new SegmentBalancer(jdbc, processing, tokenStore, node, liveness);
    }

    /**
     * Event processors are pooled streaming ones (the Kafka forwarder a tracking one, see StreamsConfiguration), and a
     * failing handler stops its segment and retries rather than logging and skipping: a read model or a stream that
     * silently misses an event is worse than one that lags. The read models share one processor
     * ({@link ReadModelProcessor}), which takes over the tokens of the processors they had before.
     */
    @Bean
    ConfigurerModule eventProcessingDefaults(EventArrivals arrivals,
            org.springframework.beans.factory.ObjectProvider<ReadModelTokenTakeover> takeover,
            @Value("${ledger.processing.mode:pooled}") String mode,
            @Value("${ledger.processing.batch-size:100}") int batchSize,
            @Value("${ledger.processing.segments:2}") int segments) {
        return configurer -> {
            boolean stock = mode.equals("tracking");
            if (!stock) {
                configurer.onStart(org.axonframework.lifecycle.Phase.INBOUND_EVENT_CONNECTORS - 1,
                        () -> takeover.getObject().run());
            }
            configurer.eventProcessing(processing -> {
                if (stock) {
                    // Axon's own default (a processor per group, one thread, batches of one): the stock baseline.
                    processing.usingTrackingEventProcessors();
                } else {
                    processing.usingPooledStreamingEventProcessors((config, builder) -> {
                        CachedHandlerChecks.install(builder);
                        return builder.messageSource(arrivals.signaling())
                                .batchSize(batchSize)
                                .initialSegmentCount(segments);
                    });
                    processing.assignProcessingGroup(ReadModelProcessor::processorFor);
                }
                processing.registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
                // Command-side lookups change in the transaction that appends their events, never later.
                processing.registerSubscribingEventProcessor(PENDING_PAYMENT_ORDERS);
                processing.registerSubscribingEventProcessor(ORGANIZATION_CURRENCIES);
            });
        };
    }

    @Bean
    ReadModelTokenTakeover readModelTokenTakeover(JdbcClient jdbc, TokenStore tokenStore, Serializer serializer,
            TransactionManager transactions, @Value("${ledger.processing.segments:2}") int segments) {
        return new ReadModelTokenTakeover(jdbc, tokenStore, serializer, transactions, segments);
    }
}
