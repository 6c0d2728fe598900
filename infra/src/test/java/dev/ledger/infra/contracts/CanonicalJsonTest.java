package dev.ledger.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysAtEveryLevelAndIndentsWithTwoSpaces() {
        String text = CanonicalJson.write(CanonicalJson.read("{\"b\": {\"z\": 1, \"a\": [true, {\"y\": null, \"x\": \"s\"}]}, \"a\": {}}"));

        assertThat(text).isEqualTo("""
                {
                  "a": {},
                  "b": {
                    "a": [
                      true,
                      {
                        "x": "s",
                        "y": null
                      }
                    ],
                    "z": 1
                  }
                }
                """);
    }

    @Test
    void theSameTreeInAnotherKeyOrderIsTheSameText() {
        assertThat(CanonicalJson.write(CanonicalJson.read("{\"x\": 1, \"y\": [2, 1]}")))
                .isEqualTo(CanonicalJson.write(CanonicalJson.read("{\"y\": [2, 1], \"x\": 1}")));
    }
}
