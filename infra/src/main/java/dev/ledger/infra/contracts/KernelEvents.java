package dev.ledger.infra.contracts;

import dev.ledger.kernel.event.LedgerEvent;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every event record of the shared kernel at its current revision, found on the classpath as the shape test finds them. */
final class KernelEvents {

    private KernelEvents() {
    }

    static SortedMap<EventType, Class<?>> onClasspath() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(LedgerEvent.class));
        SortedMap<EventType, Class<?>> events = new TreeMap<>();
        ClassLoader loader = KernelEvents.class.getClassLoader();
        for (var candidate : scanner.findCandidateComponents("dev.ledger.kernel")) {
            Class<?> event = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
            events.put(EventType.of(event), event);
        }
        return Collections.unmodifiableSortedMap(events);
    }
}
