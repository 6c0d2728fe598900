package dev.ledger.infra.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Deadlines (subscription trial ends, renewals, grace periods) live in PostgreSQL's {@code scheduled_tasks} table
 * (created by Flyway), so they survive restarts, and with several instances on one database each due deadline is
 * picked by exactly one of them. The deadline runs in its own unit of work and transaction.
 *
 * <p>Scheduling and cancelling join the transaction of the command that asks for them: Axon calls the scheduler when
 * the command's unit of work prepares its commit, inside the command's Spring transaction, and the scheduler takes its
 * connection through a {@link TransactionAwareDataSourceProxy}, which hands out that transaction's connection. A
 * rolled-back command so leaves no deadline, and a committed one never lacks its deadline. With no transaction
 * (the scheduler's own polling, picking and completing), the proxy hands out a pooled connection as before.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    Task<DbSchedulerBinaryDeadlineDetails> deadlineTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, Task<DbSchedulerBinaryDeadlineDetails> deadlineTask,
            NodeIdentity node, @Value("${ledger.deadlines.polling-interval:PT1S}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), deadlineTask)
                // A connection of the command's transaction has autocommit off: never commit or roll it back here.
                .commitWhenAutocommitDisabled(false)
                .tableName("scheduled_tasks")
                .schedulerName(new SchedulerName.Fixed(node.value()))
                .pollingInterval(pollingInterval)
                .threads(2)
                .alwaysPersistTimestampInUTC()
                // Due deadlines by Axon's clock, the one that stamps events: a test that moves it moves both.
                .clock(() -> org.axonframework.eventhandling.GenericEventMessage.clock.instant())
                .build();
    }

    /** Axon starts the scheduler once its handlers are registered and stops it on shutdown. */
    @Bean
    DeadlineManager deadlineManager(Scheduler deadlineScheduler, org.axonframework.config.Configuration axon,
            Serializer serializer, TransactionManager transactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(true)
                .stopScheduler(true)
                .build();
    }
}
