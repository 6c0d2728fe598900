package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Billing over HTTP: catalog, tax, subscriptions, usage, promo codes and invoices read from the read model. */
class BillingEndToEndTest extends ServiceTest {

    private String org;
    private String seat;

    @BeforeEach
    void anOrganizationWithASeatPriceAndGermanVat() throws Exception {
        org = json.readTree(post("/api/v1/organizations", "{\"name\": \"Billing Co\", \"defaultCurrency\": \"EUR\"}").body())
                .get("organizationId").asText();
        HttpResponse<String> product = post(base() + "/products",
                "{\"sku\": \"seat\", \"name\": \"Seat\", \"category\": \"seats\", \"tags\": [\"core\"]}");
        assertThat(product.statusCode()).isEqualTo(201);
        HttpResponse<String> price = post(base() + "/prices", """
                {"productId": "%s", "currency": "EUR", "interval": {"unit": "month", "count": 1},
                 "tiers": [{"unitAmountMinor": 1000}], "minQuantity": 1, "maxQuantity": 50}
                """.formatted(json.readTree(product.body()).get("productId").asText()));
        assertThat(price.statusCode()).isEqualTo(201);
        seat = json.readTree(price.body()).get("priceId").asText();
        assertThat(post(base() + "/tax-rates", "{\"country\": \"DE\", \"basisPoints\": 1900}").statusCode()).isEqualTo(200);
    }

    private String base() {
        return "/api/v1/organizations/" + org;
    }

    private String subscribe(int seats) throws Exception {
        HttpResponse<String> created = post(base() + "/subscriptions", """
                {"customerId": "0190d3b4-7c2a-7def-8abc-0000000000c1", "planPriceId": "%s", "quantity": %d,
                 "country": "DE"}
                """.formatted(seat, seats));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("subscriptionId").asText();
    }

    @Test
    void aSubscriptionsFirstPeriodIsInvoicedWithTaxPerLine() throws Exception {
        String subscription = subscribe(3);

        JsonNode invoices = awaitBody(base() + "/invoices?subscriptionId=" + subscription,
                page -> page.get("items").size() == 1 && page.at("/items/0/status").asText().equals("OPEN"));
        JsonNode invoice = awaitBody(base() + "/invoices/" + invoices.at("/items/0/invoiceId").asText(), any -> true);
        assertThat(invoice.get("invoiceNumber").asText()).isEqualTo("INV-000001");
        assertThat(invoice.get("subtotalMinor").asLong()).isEqualTo(3_000);
        assertThat(invoice.get("taxMinor").asLong()).isEqualTo(570);
        assertThat(invoice.get("totalMinor").asLong()).isEqualTo(3_570);
        assertThat(invoice.at("/lines/0/kind").asText()).isEqualTo("SUBSCRIPTION");
        assertThat(invoice.at("/lines/0/taxBasisPoints").asInt()).isEqualTo(1_900);
        JsonNode view = awaitBody(base() + "/subscriptions/" + subscription, s -> s.get("periodNumber").asLong() == 1);
        assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        String tenantEvents = "SELECT count(*) FROM domainevententry WHERE payload LIKE '%' || ? || '%'";
        long before = jdbc.sql(tenantEvents).param(org).query(Long.class).single();
        HttpResponse<String> response = post(base() + "/subscriptions", """
                {"customerId": "not-a-uuid", "planPriceId": "%s", "country": "XX"}
                """.formatted(seat));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("customerId", "quantity", "country");
        assertThat(jdbc.sql(tenantEvents).param(org).query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anExhaustedPromoCodeIsAConflictWithItsCode() throws Exception {
        assertThat(post(base() + "/promo-codes", """
                {"code": "ONLY-ONE", "percentBasisPoints": 1000, "periods": 1, "maxRedemptions": 1}
                """).statusCode()).isEqualTo(201);
        String first = subscribe(1);
        String second = subscribe(1);
        assertThat(post(base() + "/subscriptions/" + first + "/promo-code", "{\"code\": \"ONLY-ONE\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = post(base() + "/subscriptions/" + second + "/promo-code", "{\"code\": \"ONLY-ONE\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).get("code").asText()).isEqualTo("PromoCodeExhausted");
    }

    @Test
    void anotherTenantSeesNoSubscriptionOrInvoiceOfThisOne() throws Exception {
        String subscription = subscribe(1);
        awaitBody(base() + "/subscriptions/" + subscription, any -> true);
        String other = json.readTree(post("/api/v1/organizations", "{\"name\": \"Other\", \"defaultCurrency\": \"EUR\"}")
                .body()).get("organizationId").asText();
        assertThat(get("/api/v1/organizations/" + other + "/subscriptions/" + subscription).statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/organizations/" + other + "/subscriptions/" + subscription + "/pause", "").statusCode())
                .isEqualTo(404);
        assertThat(json.readTree(get("/api/v1/organizations/" + other + "/invoices").body()).get("items").size()).isZero();
    }

    @Test
    void aRetriedIdempotentUsageReportCountsOnce() throws Exception {
        String product = json.readTree(post(base() + "/products", "{\"sku\": \"api\", \"name\": \"API\", \"category\": \"usage\"}")
                .body()).get("productId").asText();
        String calls = json.readTree(post(base() + "/prices", """
                {"productId": "%s", "currency": "EUR", "interval": {"unit": "MONTH", "count": 1},
                 "tiers": [{"upTo": 100, "unitAmountMinor": 2}, {"unitAmountMinor": 1}], "metered": true,
                 "minQuantity": 0, "maxQuantity": 1}
                """.formatted(product)).body()).get("priceId").asText();
        String subscription = json.readTree(post(base() + "/subscriptions", """
                {"customerId": "0190d3b4-7c2a-7def-8abc-0000000000c2", "planPriceId": "%s", "quantity": 1,
                 "meteredPriceId": "%s", "country": "DE"}
                """.formatted(seat, calls)).body()).get("subscriptionId").asText();
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> reported = http.send(request(base() + "/subscriptions/" + subscription + "/usage")
                    .header("Content-Type", "application/json").header("Idempotency-Key", "usage-1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"key\": \"batch-1\", \"quantity\": 40}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reported.statusCode()).isEqualTo(200);
        }
        assertThat(post(base() + "/subscriptions/" + subscription + "/usage", "{\"key\": \"batch-1\", \"quantity\": 40}")
                .statusCode()).isEqualTo(200);
        JsonNode view = awaitBody(base() + "/subscriptions/" + subscription, s -> s.get("periodUsage").asLong() > 0);
        assertThat(view.get("periodUsage").asLong()).isEqualTo(40);
    }

    @Test
    void aFailedPaymentMakesTheSubscriptionPastDueAndPayingRecoversIt() throws Exception {
        String customer = json.readTree(post(base() + "/customers", """
                {"externalReference": "crm-77", "country": "DE", "email": "jane@example.com", "name": "Jane Doe"}
                """).body()).get("id").asText();
        HttpResponse<String> created = post(base() + "/subscriptions", """
                {"customerId": "%s", "planPriceId": "%s", "quantity": 2, "country": "DE"}
                """.formatted(customer, seat));
        String subscription = json.readTree(created.body()).get("subscriptionId").asText();
        String invoice = awaitBody(base() + "/invoices?subscriptionId=" + subscription,
                page -> page.at("/items/0/status").asText().equals("OPEN")).at("/items/0/invoiceId").asText();

        String declined = json.readTree(post(base() + "/invoices/" + invoice + "/pay", "").body())
                .get("paymentOrderId").asText();
        awaitBody(base() + "/payment-orders/" + declined, order -> order.get("amountMinor").asLong() == 2_380);
        assertThat(post(base() + "/payment-orders/" + declined + "/fail",
                "{\"code\": \"insufficient_funds\", \"retryable\": true}").statusCode()).isEqualTo(200);
        awaitBody(base() + "/subscriptions/" + subscription, view -> view.get("status").asText().equals("PAST_DUE"));
        awaitBody(base() + "/invoices/" + invoice, view -> view.get("paymentOrderId").isNull()
                && view.get("status").asText().equals("OPEN"));

        String paid = json.readTree(post(base() + "/invoices/" + invoice + "/pay", "").body()).get("paymentOrderId").asText();
        awaitBody(base() + "/payment-orders/" + paid, order -> order.get("description").asText().contains(invoice));
        assertThat(post(base() + "/payment-orders/" + paid + "/authorize",
                "{\"amountMinor\": 2380, \"currency\": \"EUR\"}").statusCode()).isEqualTo(200);
        assertThat(post(base() + "/payment-orders/" + paid + "/capture",
                "{\"amountMinor\": 2380, \"currency\": \"EUR\"}").statusCode()).isEqualTo(200);

        JsonNode settled = awaitBody(base() + "/invoices/" + invoice, view -> view.get("status").asText().equals("PAID"));
        assertThat(settled.get("paidMinor").asLong()).isEqualTo(2_380);
        assertThat(settled.get("paymentOrderId").asText()).isEqualTo(paid);
        awaitBody(base() + "/subscriptions/" + subscription, view -> view.get("status").asText().equals("ACTIVE"));
    }

    @Test
    void anInvoicePaymentOrderNamesItsInvoiceAndTheInvoiceNamesItsOrder() throws Exception {
        String customer = json.readTree(post(base() + "/customers", """
                {"externalReference": "crm-78", "country": "DE", "email": "max@example.com", "name": "Max Muster"}
                """).body()).get("id").asText();
        String subscription = json.readTree(post(base() + "/subscriptions", """
                {"customerId": "%s", "planPriceId": "%s", "quantity": 1, "country": "DE"}
                """.formatted(customer, seat)).body()).get("subscriptionId").asText();
        String invoice = awaitBody(base() + "/invoices?subscriptionId=" + subscription,
                page -> page.at("/items/0/status").asText().equals("OPEN")).at("/items/0/invoiceId").asText();

        String order = json.readTree(post(base() + "/invoices/" + invoice + "/pay", "").body()).get("paymentOrderId").asText();

        JsonNode orderView = awaitBody(base() + "/payment-orders/" + order, any -> true);
        assertThat(orderView.get("invoiceId").asText()).isEqualTo(invoice);
        assertThat(orderView.get("amountMinor").asLong()).isEqualTo(1_190);
        JsonNode invoiceView = awaitBody(base() + "/invoices/" + invoice, view -> !view.get("paymentOrderId").isNull());
        assertThat(invoiceView.get("paymentOrderId").asText()).isEqualTo(order);
        JsonNode paying = json.readTree(get(base() + "/payment-orders?invoiceId=" + invoice).body());
        assertThat(paying.get("items").findValuesAsText("paymentOrderId")).containsExactly(order);
        // The order's command came from a processor handling the invoice's event: it carries on the request's trace.
        JsonNode requested = json.readTree(jdbc.sql("""
                SELECT metadata FROM domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%InvoicePaymentRequested'""")
                .param(invoice).query(String.class).single());
        JsonNode created = json.readTree(jdbc.sql("""
                SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0""")
                .param(order).query(String.class).single());
        assertThat(created.get("traceId").asText()).isNotBlank().isEqualTo(requested.get("traceId").asText())
                .isNotEqualTo(created.get("correlationId").asText());
        assertThat(json.readTree(get(base() + "/payment-orders?invoiceId=0190d3b4-7c2a-7def-8abc-0000000000ff").body())
                .get("items").size()).isZero();
        HttpResponse<String> malformed = get(base() + "/payment-orders?invoiceId=INV-000001");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("errors").findValuesAsText("field")).containsExactly("invoiceId");
    }

    @Test
    void aCurrencyTheOrganizationDoesNotBillInIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        String customer = json.readTree(post(base() + "/customers", """
                {"externalReference": "crm-79", "country": "US", "email": "ann@example.com", "name": "Ann Lee"}
                """).body()).get("id").asText();
        JsonNode defaultOnly = awaitBody(base() + "/currencies", view -> view.get("currencies").size() == 1);
        assertThat(json.convertValue(defaultOnly.get("currencies"), String[].class)).containsExactly("EUR");
        assertThat(defaultOnly.get("defaultOnly").asBoolean()).isTrue();
        String tenantEvents = "SELECT count(*) FROM domainevententry WHERE payload LIKE '%' || ? || '%'";
        long before = jdbc.sql(tenantEvents).param(org).query(Long.class).single();

        HttpResponse<String> dollarPrice = post(base() + "/prices", dollarPriceOf(seatProduct()));
        HttpResponse<String> dollarOrder = post(base() + "/payment-orders", """
                {"customerId": "%s", "amountMinor": 500, "currency": "USD"}""".formatted(customer));

        for (HttpResponse<String> refused : List.of(dollarPrice, dollarOrder)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(refused.body()).get("code").asText()).isEqualTo("CurrencyNotSupported");
            assertThat(json.readTree(refused.body()).get("errors").findValuesAsText("field")).containsExactly("currency");
        }
        assertThat(jdbc.sql(tenantEvents).param(org).query(Long.class).single()).isEqualTo(before);

        assertThat(post(base() + "/currencies", "{\"currencies\": [\"USD\"]}").statusCode()).isEqualTo(200);
        JsonNode dollars = awaitBody(base() + "/currencies", view -> !view.get("defaultOnly").asBoolean());
        assertThat(json.convertValue(dollars.get("currencies"), String[].class)).containsExactly("USD");
        assertThat(post(base() + "/prices", dollarPriceOf(seatProduct())).statusCode()).isEqualTo(201);
        assertThat(post(base() + "/payment-orders", """
                {"customerId": "%s", "amountMinor": 500, "currency": "USD"}""".formatted(customer)).statusCode())
                .isEqualTo(201);
        long afterDollars = jdbc.sql(tenantEvents).param(org).query(Long.class).single();
        HttpResponse<String> euroSubscription = post(base() + "/subscriptions", """
                {"customerId": "%s", "planPriceId": "%s", "quantity": 1, "country": "DE"}
                """.formatted(customer, seat));
        assertThat(euroSubscription.statusCode()).as(euroSubscription.body()).isEqualTo(422);
        assertThat(json.readTree(euroSubscription.body()).get("errors").findValuesAsText("field")).containsExactly("currency");
        assertThat(jdbc.sql(tenantEvents).param(org).query(Long.class).single()).isEqualTo(afterDollars);
    }

    private String seatProduct() throws Exception {
        return awaitBody(base() + "/products", page -> page.get("items").size() == 1).at("/items/0/productId").asText();
    }

    private static String dollarPriceOf(String product) {
        return """
                {"productId": "%s", "currency": "USD", "interval": {"unit": "month", "count": 1},
                 "tiers": [{"unitAmountMinor": 1200}], "minQuantity": 1, "maxQuantity": 50}
                """.formatted(product);
    }

    @Test
    void theExchangeRateInEffectAtATimeIsReadWithItsSource() throws Exception {
        assertThat(post(base() + "/currencies", "{\"currencies\": [\"EUR\", \"USD\"]}").statusCode()).isEqualTo(200);
        assertThat(post(base() + "/exchange-rates", """
                {"base": "EUR", "quote": "USD", "rate": "1.0843", "source": "ECB", "effectiveAt": "2026-03-01T12:00:00Z"}
                """).statusCode()).isEqualTo(200);
        assertThat(post(base() + "/exchange-rates", """
                {"base": "EUR", "quote": "USD", "rate": "1.10", "source": "Fed", "effectiveAt": "2026-04-01T00:00:00Z"}
                """).statusCode()).isEqualTo(200);
        String rates = base() + "/exchange-rates?base=EUR&quote=USD";

        JsonNode march = awaitBody(rates + "&asOf=2026-03-15T00:00:00Z", any -> true);
        JsonNode latest = awaitBody(rates, rate -> rate.get("source").asText().equals("Fed"));

        assertThat(march.get("rate").asText()).isEqualTo("1.0843");
        assertThat(march.get("source").asText()).isEqualTo("ECB");
        assertThat(Instant.parse(march.get("effectiveAt").asText())).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(latest.get("rate").asText()).isEqualTo("1.1");
        assertThat(get(rates + "&asOf=2026-02-01T00:00:00Z").statusCode()).isEqualTo(404);
        assertThat(get(base() + "/exchange-rates?base=USD&quote=EUR").statusCode()).isEqualTo(404);
        HttpResponse<String> noBase = get(base() + "/exchange-rates?quote=USD");
        assertThat(noBase.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noBase.body()).get("errors").findValuesAsText("field")).containsExactly("base");
        String other = json.readTree(post("/api/v1/organizations", "{\"name\": \"Rates Elsewhere\", \"defaultCurrency\": \"USD\"}")
                .body()).get("organizationId").asText();
        assertThat(get("/api/v1/organizations/" + other + "/exchange-rates?base=EUR&quote=USD").statusCode()).isEqualTo(404);
        JsonNode otherCurrencies = awaitBody("/api/v1/organizations/" + other + "/currencies",
                view -> view.get("currencies").size() == 1);
        assertThat(json.convertValue(otherCurrencies.get("currencies"), String[].class)).containsExactly("USD");
    }

    @Test
    void aOneTimeInvoiceIsDraftedWithTaxPerLineAndFinalizedUnderTheNextNumber() throws Exception {
        HttpResponse<String> drafted = post(base() + "/invoices", """
                {"customerId": "0190d3b4-7c2a-7def-8abc-0000000000c3", "currency": "EUR", "country": "DE",
                 "lines": [{"description": "Setup", "unitAmountMinor": 10000},
                           {"description": "Training hour", "quantity": 3, "unitAmountMinor": 12050}]}
                """);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String invoice = json.readTree(drafted.body()).get("invoiceId").asText();
        assertThat(drafted.headers().firstValue("Location")).hasValue("/api/v1/organizations/" + org + "/invoices/" + invoice);

        JsonNode draft = awaitBody(base() + "/invoices/" + invoice, any -> true);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("invoiceNumber").isNull()).isTrue();
        assertThat(draft.get("subscriptionId").isNull()).isTrue();
        assertThat(draft.get("subtotalMinor").asLong()).isEqualTo(46_150);
        assertThat(draft.get("taxMinor").asLong()).isEqualTo(8_768);
        assertThat(draft.get("totalMinor").asLong()).isEqualTo(54_918);
        assertThat(draft.get("lines").findValuesAsText("kind")).containsExactly("ONE_TIME", "ONE_TIME");
        assertThat(draft.at("/lines/1/quantity").asLong()).isEqualTo(3);
        assertThat(draft.at("/lines/1/taxBasisPoints").asInt()).isEqualTo(1_900);

        assertThat(post(base() + "/invoices/" + invoice + "/finalize", "").statusCode()).isEqualTo(200);
        JsonNode open = awaitBody(base() + "/invoices/" + invoice, view -> view.get("status").asText().equals("OPEN"));
        assertThat(open.get("invoiceNumber").asText()).isEqualTo("INV-000001");
        HttpResponse<String> again = post(base() + "/invoices/" + invoice + "/finalize", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("code").asText()).isEqualTo("IllegalInvoiceTransition");
    }

    @Test
    void aOneTimeInvoiceWithBadLinesNamesEachFieldAndWritesNothing() throws Exception {
        String tenantEvents = "SELECT count(*) FROM domainevententry WHERE payload LIKE '%' || ? || '%'";
        long before = jdbc.sql(tenantEvents).param(org).query(Long.class).single();

        HttpResponse<String> badLines = post(base() + "/invoices", """
                {"customerId": "0190d3b4-7c2a-7def-8abc-0000000000c3", "currency": "EUR", "country": "DE",
                 "lines": [{"description": " ", "unitAmountMinor": 100}, {"description": "Hour", "quantity": 0,
                            "unitAmountMinor": 100}, {"description": "Free"}, null]}
                """);
        HttpResponse<String> badHeader = post(base() + "/invoices", """
                {"customerId": "nobody", "currency": "EURO", "lines": []}
                """);
        HttpResponse<String> dollars = post(base() + "/invoices", """
                {"customerId": "0190d3b4-7c2a-7def-8abc-0000000000c3", "currency": "USD", "country": "US",
                 "lines": [{"description": "Setup", "unitAmountMinor": 100}], "finalizeNow": true}
                """);

        assertThat(badLines.statusCode()).as(badLines.body()).isEqualTo(400);
        assertThat(json.readTree(badLines.body()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "lines[0].description", "lines[1].quantity", "lines[2].unitAmountMinor", "lines[3]");
        assertThat(badHeader.statusCode()).as(badHeader.body()).isEqualTo(400);
        assertThat(json.readTree(badHeader.body()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "customerId", "currency", "country");
        assertThat(dollars.statusCode()).as(dollars.body()).isEqualTo(422);
        assertThat(json.readTree(dollars.body()).get("errors").findValuesAsText("field")).containsExactly("currency");
        assertThat(jdbc.sql(tenantEvents).param(org).query(Long.class).single()).isEqualTo(before);
        assertThat(json.readTree(get(base() + "/invoices").body()).get("items").size()).isZero();
    }

    @Test
    void theCatalogTaxRatesAndPromoCodesAreReadBack() throws Exception {
        JsonNode products = awaitBody(base() + "/products", page -> page.get("items").size() == 1);
        assertThat(products.at("/items/0/sku").asText()).isEqualTo("seat");
        assertThat(products.at("/items/0/tags/0").asText()).isEqualTo("core");
        JsonNode prices = awaitBody(base() + "/prices?productId=" + products.at("/items/0/productId").asText(),
                page -> page.get("items").size() == 1);
        assertThat(prices.at("/items/0/tiers/0/unitAmountMinor").asLong()).isEqualTo(1_000);
        assertThat(prices.at("/items/0/tiers/0/upTo").isNull()).isTrue();
        assertThat(prices.at("/items/0/intervalUnit").asText()).isEqualTo("MONTH");
        JsonNode rates = awaitBody(base() + "/tax-rates", list -> list.size() == 1);
        assertThat(rates.at("/0/country").asText()).isEqualTo("DE");
        assertThat(rates.at("/0/basisPoints").asInt()).isEqualTo(1_900);

        post(base() + "/promo-codes", "{\"code\": \"SPRING\", \"amountOffMinor\": 500, \"currency\": \"EUR\", \"periods\": 1}");
        String subscription = subscribe(1);
        assertThat(post(base() + "/subscriptions/" + subscription + "/promo-code", "{\"code\": \"SPRING\"}").statusCode())
                .isEqualTo(200);
        JsonNode codes = awaitBody(base() + "/promo-codes", page -> page.at("/items/0/redemptions").asInt() == 1);
        assertThat(codes.at("/items/0/amountOffMinor").asLong()).isEqualTo(500);
    }

    @Test
    void aStaleIfMatchIsAConflictAndWritesNothing() throws Exception {
        String subscription = subscribe(1);
        HttpResponse<String> read = http.send(request(base() + "/subscriptions/" + subscription).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        awaitBody(base() + "/subscriptions/" + subscription, view -> view.get("periodNumber").asLong() == 1);
        String ownEvents = "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?";
        long before = jdbc.sql(ownEvents).param(subscription).query(Long.class).single();
        HttpResponse<String> stale = http.send(request(base() + "/subscriptions/" + subscription + "/pause")
                .header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(jdbc.sql(ownEvents).param(subscription).query(Long.class).single()).isEqualTo(before);
        assertThat(read.statusCode()).isIn(200, 404);
    }
}
