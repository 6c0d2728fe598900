package dev.ledger.infra.web;

import dev.ledger.infra.security.Tenants;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;

/** Values every tenant endpoint reads from the path and headers, with errors named after what the client sent. */
final class RequestValues {

    static final String IF_MATCH = "If-Match";
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private RequestValues() {
    }

    /** The credential's organization; a path naming any other is answered as not found. */
    static OrganizationId tenant(String organizationId) {
        return Tenants.current(organizationId);
    }

    /** The aggregate version a client last saw, from {@code If-Match: "3"}; absent means "whatever it is now". */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidValue(IF_MATCH, "must be an entity tag from a previous read, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A read model row's version as its entity tag, for a later If-Match. */
    static <T> ResponseEntity<T> withVersion(T body, long version) {
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(body);
    }
}
