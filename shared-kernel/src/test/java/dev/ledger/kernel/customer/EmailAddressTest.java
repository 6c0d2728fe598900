package dev.ledger.kernel.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void lowerCasesTheDomainButKeepsTheLocalPart() {
        assertThat(new EmailAddress("  Alice.Liddell+tea@Wonder.Example.COM ").value())
                .isEqualTo("Alice.Liddell+tea@wonder.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice", "@example.com", "alice@", "alice@@example.com", "al ice@example.com",
            "alice@example", "alice@-example.com", ".alice@example.com", "al..ice@example.com", "alice@example.c0m1"})
    void rejectsWhatIsNotAnAddress(String text) {
        assertThatThrownBy(() -> new EmailAddress(text))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void acceptsPunycodeTopLevelDomains() {
        assertThat(new EmailAddress("ivan@example.xn--p1ai").value()).isEqualTo("ivan@example.xn--p1ai");
    }

    @Test
    void thePartBeforeTheAtIsAtMost64Characters() {
        assertThat(new EmailAddress("x".repeat(64) + "@example.com").value()).startsWith("xxx");
        assertThatThrownBy(() -> new EmailAddress("x".repeat(65) + "@example.com")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void acceptsAtMost254Characters() {
        String domain = "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(10) + ".com";
        String local = "x".repeat(EmailAddress.MAX_LENGTH - domain.length());

        assertThat(new EmailAddress(local + domain).value()).hasSize(EmailAddress.MAX_LENGTH);
        assertThatThrownBy(() -> new EmailAddress("x" + local + domain))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("254"));
    }
}
