package dev.ledger.kernel.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import org.junit.jupiter.api.Test;

class OrganizationNameTest {

    @Test
    void stripsSurroundingWhitespace() {
        assertThat(new OrganizationName("  Acme  ").value()).isEqualTo("Acme");
    }

    @Test
    void acceptsExactlyTheMaximumLengthCountedInCharactersNotBytes() {
        String longest = "é".repeat(OrganizationName.MAX_LENGTH);

        assertThat(new OrganizationName(longest).value()).hasSize(OrganizationName.MAX_LENGTH);
        assertThatThrownBy(() -> new OrganizationName(longest + "e")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void rejectsControlCharacters() {
        assertThatThrownBy(() -> new OrganizationName("Acme\u0000Corp"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("control"));
    }
}
