package dev.ledger.infra.axon;

import dev.ledger.kernel.event.EventRevision;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.RevisionResolver;

/** Reads the kernel's framework-free {@link EventRevision}, so event records stay plain JDK. */
final class KernelRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision kernel = payloadType.getAnnotation(EventRevision.class);
        if (kernel != null) {
            return kernel.value();
        }
        Revision axon = payloadType.getAnnotation(Revision.class);
        return axon == null ? null : axon.value();
    }
}
