package dev.ledger.query.spec;

import java.util.regex.Pattern;

/** The only text that reaches SQL besides fixed keywords: lower-case identifiers written in code. */
final class Identifier {

    private static final Pattern SAFE = Pattern.compile("[a-z_][a-z0-9_]*");
    // PostgreSQL silently truncates longer names, which would make two constants name one column.
    private static final int MAX_LENGTH = 63;

    private Identifier() {
    }

    static String check(String kind, String name) {
        if (name == null || name.length() > MAX_LENGTH || !SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException(kind + " must match [a-z_][a-z0-9_]{0,62}: " + name);
        }
        return name;
    }
}
