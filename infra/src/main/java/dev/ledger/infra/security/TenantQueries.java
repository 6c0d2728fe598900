package dev.ledger.infra.security;

import dev.ledger.kernel.OrganizationId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Queries get the same tenant metadata as commands, and the bus refuses a query whose {@code organizationId} differs
 * from it: the organization a read sets for row-level security ({@code TenantReads}) is the credential's.
 */
@Configuration(proxyBeanMethods = false)
class TenantQueries {

    @Bean
    QueryGateway queryGateway(QueryBus queryBus) {
        return DefaultQueryGateway.builder().queryBus(queryBus).dispatchInterceptors(tenantMetadata()).build();
    }

    @Bean
    Registration tenantQueryCheck(QueryBus queryBus) {
        return queryBus.registerHandlerInterceptor(tenantCheck());
    }

    static MessageDispatchInterceptor<QueryMessage<?, ?>> tenantMetadata() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(List<? extends QueryMessage<?, ?>> messages) {
                return (index, query) -> LedgerPrincipal.current()
                        .flatMap(LedgerPrincipal::tenant)
                        .<QueryMessage<?, ?>>map(tenant -> query.andMetaData(Map.of(TenantCommands.METADATA_KEY, tenant.toString())))
                        .orElse(query);
            }
        };
    }

    static MessageHandlerInterceptor<QueryMessage<?, ?>> tenantCheck() {
        return (unitOfWork, chain) -> {
            QueryMessage<?, ?> query = unitOfWork.getMessage();
            Object tenant = query.getMetaData().get(TenantCommands.METADATA_KEY);
            Optional<OrganizationId> named = organizationOf(query.getPayload());
            if (tenant != null && named.isPresent() && !named.get().toString().equals(tenant)) {
                throw new TenantMismatch();
            }
            return chain.proceed();
        };
    }

    /** Every tenant query is a record with an {@code organizationId} component; platform queries have none. */
    static Optional<OrganizationId> organizationOf(Object payload) {
        if (!payload.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("organizationId") && component.getType() == OrganizationId.class) {
                try {
                    return Optional.ofNullable((OrganizationId) component.getAccessor().invoke(payload));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read the organization of " + payload.getClass(), e);
                }
            }
        }
        return Optional.empty();
    }
}
