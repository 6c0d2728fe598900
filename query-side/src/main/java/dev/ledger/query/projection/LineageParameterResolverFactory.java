package dev.ledger.query.projection;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/** Lets projection handlers declare a {@link Lineage} parameter; registered through META-INF/services. */
public final class LineageParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Lineage> createInstance(Executable executable, Parameter[] parameters, int index) {
        return Lineage.class.equals(parameters[index].getType()) ? new LineageResolver() : null;
    }

    private static final class LineageResolver implements ParameterResolver<Lineage> {

        @Override
        public Lineage resolveParameterValue(Message<?> message) {
            TrackingToken token = ((TrackedEventMessage<?>) message).trackingToken();
            long position = token.position()
                    .orElseThrow(() -> new IllegalStateException("token without a position: " + token));
            long version = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
            return new Lineage(position, message.getIdentifier(), version, ((EventMessage<?>) message).getTimestamp());
        }

        @Override
        public boolean matches(Message<?> message) {
            return message instanceof TrackedEventMessage<?>;
        }
    }
}
