package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

class CachedCommandTargetsTest {

    private final CommandTargetResolver cached = new CachedCommandTargets();
    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    @Test
    void resolvesTheAggregateAndExpectedVersionAsAxonDoes() {
        PaymentOrderId order = PaymentOrderId.newId();
        CapturePayment versioned = new CapturePayment(OrganizationId.newId(), order, Money.of(1, "EUR"), 7L);
        CapturePayment unversioned = new CapturePayment(OrganizationId.newId(), order, Money.of(1, "EUR"), null);

        VersionedAggregateIdentifier target = resolve(cached, versioned);

        assertThat(target.getIdentifier()).isEqualTo(order.toString());
        assertThat(target.getVersion()).isEqualTo(7L);
        assertThat(target).isEqualTo(resolve(axon, versioned));
        assertThat(resolve(cached, unversioned).getVersion()).isNull();
        assertThat(resolve(cached, unversioned)).isEqualTo(resolve(axon, unversioned));
    }

    @Test
    void theSameClassAskedAgainGivesEachCommandItsOwnTarget() {
        OrganizationId first = OrganizationId.newId();
        OrganizationId second = OrganizationId.newId();

        assertThat(resolve(cached, new RegisterOrganization(first, new OrganizationName("One"), CurrencyCode.of("EUR")))
                .getIdentifier()).isEqualTo(first.toString());
        assertThat(resolve(cached, new RegisterOrganization(second, new OrganizationName("Two"), CurrencyCode.of("EUR")))
                .getIdentifier()).isEqualTo(second.toString());
    }

    @Test
    void aCommandWithoutATargetIsRefusedAsAxonRefusesIt() {
        assertThatThrownBy(() -> resolve(cached, new NoTarget("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@TargetAggregateIdentifier");
        assertThatThrownBy(() -> resolve(cached, new NullTarget(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@TargetAggregateIdentifier");
    }

    private static VersionedAggregateIdentifier resolve(CommandTargetResolver resolver, Object command) {
        return resolver.resolveTarget(GenericCommandMessage.asCommandMessage(command));
    }

    record NoTarget(String value) {
    }

    record NullTarget(@TargetAggregateIdentifier String id) {
    }
}
