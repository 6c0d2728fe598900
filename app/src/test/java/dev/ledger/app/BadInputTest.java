package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limits at the edge: body size, string lengths, amount bounds; each a problem naming the field, nothing written. */
class BadInputTest extends ServiceTest {

    private String org;

    @BeforeEach
    void anOrganization() throws Exception {
        org = json.readTree(post("/api/v1/organizations", """
                {"name": "Limits Inc", "defaultCurrency": "EUR"}""").body()).get("organizationId").asText();
        keyFor(org);
        awaitBody("/api/v1/organizations/" + org, body -> true);
    }

    @Test
    void aBodyAbove64KibIsTooLargeAsProblemJson() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, org);
        String huge = "{\"name\": \"" + "x".repeat(70 * 1024) + "\"}";

        HttpResponse<String> declared = post("/api/v1/organizations/" + org + "/rename", huge);

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(declared.body()).get("status").asInt()).isEqualTo(413);
        assertThat(WriteSnapshot.of(jdbc, org)).isEqualTo(before);
    }

    @Test
    void aChunkedBodyAbove64KibIsTooLargeToo() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, org);
        byte[] huge = ("{\"name\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes();

        // An input stream has no declared length: the body goes chunked and is cut off while it is read.
        HttpResponse<String> chunked = http.send(request("/api/v1/organizations/" + org + "/rename")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(WriteSnapshot.of(jdbc, org)).isEqualTo(before);
    }

    @Test
    void aFieldGivenTwiceIsRefusedNamingTheField() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, org);

        // Found by the fuzz test: a duplicate with another type failed inside Jackson's record creator as a 500.
        HttpResponse<String> response = post("/api/v1/organizations/" + org + "/rename", """
                {"name": "x", "name": 1}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(WriteSnapshot.of(jdbc, org)).isEqualTo(before);
    }

    @Test
    void anOverlongStringIsRefusedNamingTheField() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, org);

        HttpResponse<String> response = post("/api/v1/organizations/" + org + "/customers", """
                {"externalReference": "%s", "country": "DE", "email": "a@example.com", "name": "A"}"""
                .formatted("r".repeat(300)));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("externalReference");
        assertThat(WriteSnapshot.of(jdbc, org)).isEqualTo(before);
    }

    @Test
    void amountsOutsideTheBoundsAndUnknownCurrenciesAreRefusedNamingTheField() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, org);
        String customer = "0190f3a2-7c4e-7abc-8def-0123456789ab";

        HttpResponse<String> negative = post("/api/v1/organizations/" + org + "/payment-orders", """
                {"customerId": "%s", "amountMinor": -1, "currency": "EUR"}""".formatted(customer));
        HttpResponse<String> tooLarge = post("/api/v1/organizations/" + org + "/payment-orders", """
                {"customerId": "%s", "amountMinor": 1000000000000000001, "currency": "EUR"}""".formatted(customer));
        HttpResponse<String> notACurrency = post("/api/v1/organizations/" + org + "/payment-orders", """
                {"customerId": "%s", "amountMinor": 100, "currency": "QQQ"}""".formatted(customer));

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json.readTree(negative.body()).get("errors").findValuesAsText("field")).containsExactly("amountMinor");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLarge.body()).get("errors").findValuesAsText("field")).containsExactly("amountMinor");
        assertThat(notACurrency.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notACurrency.body()).get("errors").findValuesAsText("field")).containsExactly("currency");
        assertThat(WriteSnapshot.of(jdbc, org)).isEqualTo(before);
    }
}
