package dev.ledger.command.currency;

import dev.ledger.command.currency.api.ChangeSupportedCurrencies;
import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.currency.api.RecordExchangeRate;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.currency.CurrencySettingsId;
import dev.ledger.kernel.currency.ExchangeRate;
import dev.ledger.kernel.currency.ExchangeRateRecorded;
import dev.ledger.kernel.currency.SupportedCurrenciesChanged;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class CurrencySettingsTest {

    private static final OrganizationId ACME = OrganizationId.newId();
    private static final CurrencySettingsId ID = CurrencySettingsId.of(ACME);
    private static final CurrencyCode EUR = CurrencyCode.of("EUR");
    private static final CurrencyCode USD = CurrencyCode.of("USD");
    private static final CurrencyCode JPY = CurrencyCode.of("JPY");
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private final AggregateTestFixture<CurrencySettings> fixture = new AggregateTestFixture<>(CurrencySettings.class);

    @Test
    void theSupportedCurrenciesAreKeptSorted() {
        fixture.givenNoPriorActivity()
                .when(new ChangeSupportedCurrencies(ACME, List.of(USD, EUR)))
                .expectEvents(new SupportedCurrenciesChanged(ACME, ID, List.of(EUR, USD)));
    }

    @Test
    void aRateIsRecordedExactlyWithItsSourceAndEffectiveTime() {
        fixture.given(new SupportedCurrenciesChanged(ACME, ID, List.of(EUR, USD)))
                .when(new RecordExchangeRate(ACME, EUR, USD, ExchangeRate.parse("1.08430"), "ECB", AT))
                .expectEvents(new ExchangeRateRecorded(ACME, ID, EUR, USD, new ExchangeRate(10_843, 4), "ECB", AT));
    }

    @Test
    void aRateNeedsBothCurrenciesSupported() {
        fixture.given(new SupportedCurrenciesChanged(ACME, ID, List.of(EUR, USD)))
                .when(new RecordExchangeRate(ACME, EUR, JPY, ExchangeRate.parse("161.2"), "ECB", AT))
                .expectException(CurrencyNotSupported.class)
                .expectNoEvents();
    }
}
