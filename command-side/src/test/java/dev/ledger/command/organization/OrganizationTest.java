package dev.ledger.command.organization;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.organization.OrganizationRegistered;
import dev.ledger.kernel.organization.OrganizationRenamed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    private AggregateTestFixture<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    @Test
    void registeringAnOrganizationRecordsItsNameAndDefaultCurrency() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganization(ACME, new OrganizationName("Acme Payments"), EUR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganizationRegistered(ACME, new OrganizationName("Acme Payments"), EUR));
    }

    @Test
    void renamingRecordsThePreviousAndTheNewName() {
        fixture.given(new OrganizationRegistered(ACME, new OrganizationName("Acme"), EUR))
                .when(new RenameOrganization(ACME, new OrganizationName("Acme Group")))
                .expectEvents(new OrganizationRenamed(ACME, new OrganizationName("Acme"), new OrganizationName("Acme Group")));
    }

    @Test
    void renamingToTheCurrentNameRecordsNothing() {
        fixture.given(new OrganizationRegistered(ACME, new OrganizationName("Acme"), EUR))
                .when(new RenameOrganization(ACME, new OrganizationName("  Acme ")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void renamingTwiceKeepsTheLatestNameAsPrevious() {
        fixture.given(
                        new OrganizationRegistered(ACME, new OrganizationName("Acme"), EUR),
                        new OrganizationRenamed(ACME, new OrganizationName("Acme"), new OrganizationName("Acme Group")))
                .when(new RenameOrganization(ACME, new OrganizationName("Acme Holdings")))
                .expectEvents(new OrganizationRenamed(
                        ACME, new OrganizationName("Acme Group"), new OrganizationName("Acme Holdings")));
    }

    @Test
    void aBlankNameIsRejectedBeforeAnyCommandExists() {
        assertThatThrownBy(() -> new RegisterOrganization(ACME, new OrganizationName("   "), EUR))
                .isInstanceOfSatisfying(InvalidValue.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void anUnknownCurrencyIsRejectedBeforeAnyCommandExists() {
        assertThatThrownBy(() -> new RegisterOrganization(ACME, new OrganizationName("Acme"), CurrencyCode.of("ZZZ")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("currency"));
    }

    @Test
    void aMissingNameIsRejected() {
        assertThatThrownBy(() -> new RenameOrganization(ACME, null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("name");
    }
}
