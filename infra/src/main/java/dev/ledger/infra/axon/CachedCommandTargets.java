package dev.ledger.infra.axon;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Axon's annotation-based target resolution ({@code @TargetAggregateIdentifier}, {@code @TargetAggregateVersion}),
 * with each command class's annotated members looked up once: Axon's resolver walks the class's methods and their
 * annotations on every command, a twentieth of the JVM's time under load (it runs twice a command, for the group-
 * commit worker and for the aggregate). The members are found the way Axon finds them, methods before fields; a
 * command that names no target is left to Axon's resolver, so it is refused exactly as before.
 */
final class CachedCommandTargets implements CommandTargetResolver {

    private static final CommandTargetResolver AXON = AnnotationCommandTargetResolver.builder().build();

    private final ClassValue<Targets> targets = new ClassValue<>() {
        @Override
        protected Targets computeValue(Class<?> type) {
            return new Targets(memberOf(type, TargetAggregateIdentifier.class), memberOf(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Targets found = targets.get(command.getPayloadType());
        try {
            Object identifier = found.identifier().valueOf(command.getPayload());
            if (identifier == null) {
                return AXON.resolveTarget(command);
            }
            Object version = found.version().valueOf(command.getPayload());
            return new VersionedAggregateIdentifier(identifier, asLong(version));
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return AXON.resolveTarget(command); // it fails there too, with Axon's own message
        }
    }

    private static Long asLong(Object version) {
        if (version == null) {
            return null;
        }
        return version instanceof Number number ? number.longValue() : Long.parseLong(version.toString());
    }

    private static Member memberOf(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                Method accessible = ReflectionUtils.ensureAccessible(method);
                return payload -> accessible.invoke(payload);
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                Field accessible = ReflectionUtils.ensureAccessible(field);
                return accessible::get;
            }
        }
        return payload -> null;
    }

    /** Reads one annotated member of a command. */
    @FunctionalInterface
    private interface Member {
        Object valueOf(Object payload) throws ReflectiveOperationException;
    }

    private record Targets(Member identifier, Member version) {
    }
}
