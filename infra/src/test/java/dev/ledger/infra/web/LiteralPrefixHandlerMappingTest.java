package dev.ledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

class LiteralPrefixHandlerMappingTest {

    @Test
    void theLiteralStartEndsAtTheFirstVariableOrWildcard() {
        assertThat(LiteralPrefixHandlerMapping.literalStartOf("/api/v1/organizations/{id}/rename"))
                .isEqualTo("/api/v1/organizations/");
        assertThat(LiteralPrefixHandlerMapping.literalStartOf("/api/v1/organizations")).isEqualTo("/api/v1/organizations");
        assertThat(LiteralPrefixHandlerMapping.literalStartOf("/files/*.json")).isEqualTo("/files/");
        assertThat(LiteralPrefixHandlerMapping.literalStartOf("{id}")).isEmpty();
    }

    @Test
    void aPatternForTheRestOfThePathDoesNotRequireTheSlashBeforeIt() {
        // Spring's patterns match "/docs" with "/docs/**" and "/docs/{*rest}": the start must allow it too.
        for (String pattern : new String[] {"/docs/**", "/docs/{*rest}"}) {
            String start = LiteralPrefixHandlerMapping.literalStartOf(pattern);
            assertThat(PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath("/docs"))).isTrue();
            assertThat("/docs").startsWith(start);
            assertThat(start).isEqualTo("/docs");
        }
    }
}
