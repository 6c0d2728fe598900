package dev.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class TenantCommandsTest {

    private final OrganizationId tenant = OrganizationId.newId();

    @AfterEach
    void noCredentialLeftBehind() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCommandSentForARequestCarriesTheCredentialsOrganizationInItsMetadata() {
        SecurityContextHolder.getContext().setAuthentication(
                new LedgerAuthentication(new LedgerPrincipal(tenant, Set.of(Role.ADMIN), "test")));

        CommandMessage<?> sent = dispatch(rename(tenant));

        assertThat(sent.getMetaData()).containsEntry(TenantCommands.METADATA_KEY, tenant.toString());
    }

    @Test
    void aCommandSentWithoutARequestCarriesNoTenantMetadata() {
        CommandMessage<?> sent = dispatch(rename(tenant));

        assertThat(sent.getMetaData()).doesNotContainKey(TenantCommands.METADATA_KEY);
    }

    @Test
    void theBusRefusesACommandWhosePayloadNamesAnotherOrganizationThanItsMetadata() {
        CommandMessage<?> forged = GenericCommandMessage.asCommandMessage(rename(OrganizationId.newId()))
                .andMetaData(Map.of(TenantCommands.METADATA_KEY, tenant.toString()));

        assertThatThrownBy(() -> handle(forged)).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void theBusLetsACommandOfTheMetadatasOrganizationThrough() throws Exception {
        CommandMessage<?> own = GenericCommandMessage.asCommandMessage(rename(tenant))
                .andMetaData(Map.of(TenantCommands.METADATA_KEY, tenant.toString()));

        assertThat(handle(own)).isEqualTo("handled");
    }

    private static Object handle(CommandMessage<?> command) throws Exception {
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
        try {
            return TenantCommands.tenantCheck(aggregate -> java.util.Optional.empty()).handle(unitOfWork, () -> "handled");
        } finally {
            unitOfWork.rollback();
        }
    }

    private static CommandMessage<?> dispatch(Object payload) {
        return TenantCommands.tenantMetadata().handle(List.of(GenericCommandMessage.asCommandMessage(payload)))
                .apply(0, GenericCommandMessage.asCommandMessage(payload));
    }

    private static RenameOrganization rename(OrganizationId id) {
        return new RenameOrganization(id, new OrganizationName("Renamed"));
    }
}
