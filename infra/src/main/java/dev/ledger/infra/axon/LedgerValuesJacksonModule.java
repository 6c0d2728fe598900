package dev.ledger.infra.axon;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.kernel.paymentorder.OrderNumber;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.ProviderReference;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Single-value kernel records travel as plain JSON strings ("EUR", not {"code":"EUR"}) in events and APIs. The text
 * comes from the value accessor, never from toString, which masks personal data for logs.
 */
final class LedgerValuesJacksonModule extends SimpleModule {

    private final Set<Class<?>> stringTypes = new HashSet<>();

    LedgerValuesJacksonModule() {
        super("ledger-values");
        asString(OrganizationId.class, OrganizationId::parse, OrganizationId::toString);
        asString(CustomerId.class, CustomerId::parse, CustomerId::toString);
        asString(PaymentMethodId.class, PaymentMethodId::parse, PaymentMethodId::toString);
        asString(PaymentOrderId.class, PaymentOrderId::parse, PaymentOrderId::toString);
        asString(CurrencyCode.class, CurrencyCode::of, CurrencyCode::code);
        asString(CountryCode.class, CountryCode::of, CountryCode::code);
        asString(OrganizationName.class, OrganizationName::new, OrganizationName::value);
        asString(EmailAddress.class, EmailAddress::new, EmailAddress::value);
        asString(PersonName.class, PersonName::new, PersonName::value);
        asString(ExternalReference.class, ExternalReference::of, ExternalReference::value);
        asString(OrderNumber.class, OrderNumber::parse, OrderNumber::value);
        asString(ProviderReference.class, ProviderReference::of, ProviderReference::value);
        asString(dev.ledger.kernel.catalog.ProductId.class, dev.ledger.kernel.catalog.ProductId::parse, Object::toString);
        asString(dev.ledger.kernel.catalog.PriceId.class, dev.ledger.kernel.catalog.PriceId::parse, Object::toString);
        asString(dev.ledger.kernel.catalog.Sku.class, dev.ledger.kernel.catalog.Sku::of, dev.ledger.kernel.catalog.Sku::value);
        asString(dev.ledger.kernel.subscription.SubscriptionId.class, dev.ledger.kernel.subscription.SubscriptionId::parse, Object::toString);
        asString(dev.ledger.kernel.subscription.UsageKey.class, dev.ledger.kernel.subscription.UsageKey::of, dev.ledger.kernel.subscription.UsageKey::value);
        asString(dev.ledger.kernel.invoice.InvoiceId.class, dev.ledger.kernel.invoice.InvoiceId::parse, Object::toString);
        asString(dev.ledger.kernel.invoice.CreditNoteId.class, dev.ledger.kernel.invoice.CreditNoteId::parse, Object::toString);
        asString(dev.ledger.kernel.invoice.InvoiceNumber.class, dev.ledger.kernel.invoice.InvoiceNumber::parse, dev.ledger.kernel.invoice.InvoiceNumber::value);
        asString(dev.ledger.kernel.tax.TaxScheduleId.class, dev.ledger.kernel.tax.TaxScheduleId::parse, Object::toString);
        asString(dev.ledger.kernel.promo.PromoCodeId.class, dev.ledger.kernel.promo.PromoCodeId::parse, Object::toString);
        asString(dev.ledger.kernel.promo.CouponCode.class, dev.ledger.kernel.promo.CouponCode::of, dev.ledger.kernel.promo.CouponCode::value);
        asString(dev.ledger.kernel.currency.CurrencySettingsId.class, dev.ledger.kernel.currency.CurrencySettingsId::parse, Object::toString);
        setMixInAnnotation(Money.class, MoneyShape.class);
    }

    /** Money is its two components; {@code isZero()} is a question, not a property to store. */
    private abstract static class MoneyShape {
        @JsonIgnore
        abstract boolean isZero();
    }

    /** The value types written as plain strings. */
    Set<Class<?>> stringTypes() {
        return Set.copyOf(stringTypes);
    }

    private <T> void asString(Class<T> type, Function<String, T> parse, Function<T, String> text) {
        stringTypes.add(type);
        addSerializer(type, new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(text.apply(value));
            }
        });
        addDeserializer(type, new FromStringDeserializer<>(type) {
            @Override
            protected T _deserialize(String value, DeserializationContext context) {
                return parse.apply(value);
            }
        });
    }
}
