package dev.ledger.infra.security;

import dev.ledger.command.customer.api.CustomerCommand;
import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.command.paymentorder.api.PaymentOrderCommand;
import dev.ledger.kernel.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant travels with every command sent for a request: the gateway puts the credential's organization into the
 * command's metadata (on the caller's thread, where the credential is known), and the bus refuses a command whose
 * payload names another organization than its metadata. Commands sent in-process without a request (fixtures,
 * the benchmark) carry no such metadata and are trusted as the code that sent them.
 */
@Configuration(proxyBeanMethods = false)
class TenantCommands {

    static final String METADATA_KEY = "organizationId";

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).dispatchInterceptors(tenantMetadata()).build();
    }

    @Bean
    Registration tenantCommandCheck(CommandBus commandBus, JdbcClient jdbc) {
        return commandBus.registerHandlerInterceptor(tenantCheck(aggregate -> jdbc.sql("""
                        SELECT payload::jsonb ->> 'organizationId' FROM domainevententry
                         WHERE aggregateidentifier = ? ORDER BY sequencenumber LIMIT 1
                        """).param(aggregate).query(String.class).optional()));
    }

    /** The organization an aggregate belongs to, as its first event names it. */
    @FunctionalInterface
    interface AggregateOwners {
        Optional<String> ownerOf(String aggregateIdentifier);
    }

    static MessageDispatchInterceptor<CommandMessage<?>> tenantMetadata() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
                return (index, command) -> LedgerPrincipal.current()
                        .flatMap(LedgerPrincipal::tenant)
                        .<CommandMessage<?>>map(tenant -> command.andMetaData(Map.of(METADATA_KEY, tenant.toString())))
                        .orElse(command);
            }
        };
    }

    static MessageHandlerInterceptor<CommandMessage<?>> tenantCheck(AggregateOwners owners) {
        return (unitOfWork, chain) -> {
            CommandMessage<?> command = unitOfWork.getMessage();
            Object tenant = command.getMetaData().get(METADATA_KEY);
            Optional<OrganizationId> named = organizationOf(command.getPayload());
            if (tenant != null && named.isPresent() && !named.get().toString().equals(tenant)) {
                throw looksMissing(command);
            }
            try {
                return chain.proceed();
            } catch (ConflictingAggregateVersionException conflict) {
                // The expected version is checked before the aggregate's own tenant guard runs: a conflict on another
                // organization's aggregate would tell the sender it exists.
                if (tenant != null && !owners.ownerOf(String.valueOf(conflict.getAggregateIdentifier()))
                        .map(owner -> owner.equals(tenant)).orElse(false)) {
                    throw looksMissing(command);
                }
                throw conflict;
            }
        };
    }

    /** Same answer as a missing aggregate: the sender learns nothing about the other organization. */
    private static AggregateNotFoundException looksMissing(CommandMessage<?> command) {
        return new AggregateNotFoundException(command.getCommandName(), "The aggregate was not found in the event store");
    }

    static Optional<OrganizationId> organizationOf(Object payload) {
        if (payload instanceof PaymentOrderCommand order) {
            return Optional.of(order.organizationId());
        }
        if (payload instanceof CustomerCommand customer) {
            return Optional.of(customer.organizationId());
        }
        if (payload instanceof RenameOrganization rename) {
            return Optional.of(rename.organizationId());
        }
        return Optional.empty();
    }
}
