package dev.ledger.query.projection;

import java.util.List;

/**
 * A projection that can be replayed from the first event into shadow copies of its tables. Implemented by the
 * projection's Spring bean; {@link #writingTo} gives a twin that handles the same events into other tables.
 */
public interface RebuildableProjection {

    /** The processing group of the live projection; also the name the admin endpoint uses. */
    String processingGroup();

    /** The live read tables this projection owns, each with an {@code organization_id} column. */
    List<String> tables();

    /** An instance with the same event handlers, writing to {@code tables} instead of the live tables. */
    Object writingTo(TableNames tables);
}
