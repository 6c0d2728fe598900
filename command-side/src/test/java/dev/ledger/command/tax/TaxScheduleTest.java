package dev.ledger.command.tax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.tax.api.ScheduleTaxRate;
import dev.ledger.command.tax.api.TaxRateBackdated;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import dev.ledger.kernel.tax.TaxRateScheduled;
import dev.ledger.kernel.tax.TaxScheduleId;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class TaxScheduleTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final TaxJurisdiction CALIFORNIA = new TaxJurisdiction(dev.ledger.kernel.customer.CountryCode.of("US"), "CA");
    private static final TaxScheduleId ID = TaxScheduleId.of(ACME, CALIFORNIA);
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");

    private final AggregateTestFixture<TaxSchedule> fixture = new AggregateTestFixture<>(TaxSchedule.class);

    @Test
    void theFirstRateCreatesTheJurisdictionsSchedule() {
        fixture.givenCurrentTime(NOW)
                .when(new ScheduleTaxRate(ACME, CALIFORNIA, TaxRate.exclusive(725), APRIL))
                .expectEvents(new TaxRateScheduled(ACME, ID, CALIFORNIA, TaxRate.exclusive(725), APRIL));
    }

    @Test
    void aRateCannotTakeEffectInThePast() {
        fixture.givenCurrentTime(NOW)
                .when(new ScheduleTaxRate(ACME, CALIFORNIA, TaxRate.exclusive(725), NOW.minusSeconds(1)))
                .expectException(TaxRateBackdated.class)
                .expectNoEvents();
    }

    @Test
    void aRateCannotTakeEffectBeforeTheLatestScheduledOne() {
        fixture.given(new TaxRateScheduled(ACME, ID, CALIFORNIA, TaxRate.exclusive(725), APRIL))
                .andGivenCurrentTime(NOW)
                .when(new ScheduleTaxRate(ACME, CALIFORNIA, TaxRate.exclusive(800), APRIL.minusSeconds(60)))
                .expectException(TaxRateBackdated.class);
    }

    @Test
    void theRateInEffectIsTheLatestThatStartedByThen() {
        fixture.given(new TaxRateScheduled(ACME, ID, CALIFORNIA, TaxRate.exclusive(725), APRIL),
                        new TaxRateScheduled(ACME, ID, CALIFORNIA, TaxRate.exclusive(800), APRIL.plusSeconds(86_400 * 30L)))
                .whenInvoking(ID.toString(), schedule -> {
                    assertThat(schedule.rateAt(ACME, NOW)).isEqualTo(TaxRate.none());
                    assertThat(schedule.rateAt(ACME, APRIL)).isEqualTo(TaxRate.exclusive(725));
                    assertThat(schedule.rateAt(ACME, APRIL.plusSeconds(86_400 * 45L))).isEqualTo(TaxRate.exclusive(800));
                })
                .expectNoEvents();
    }

    @Test
    void withoutAnEffectiveTimeTheRateTakesEffectNow() {
        fixture.givenCurrentTime(NOW)
                .when(new ScheduleTaxRate(ACME, CALIFORNIA, TaxRate.exclusive(725), null))
                .expectEvents(new TaxRateScheduled(ACME, ID, CALIFORNIA, TaxRate.exclusive(725), NOW));
    }
}
