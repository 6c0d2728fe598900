package dev.ledger.infra.axon;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;

/**
 * A processor's handlers, asked what Axon's {@link MultiEventHandlerInvoker} asks, with what never changes learned once.
 * For every event, every work package and every read model, Axon's invoker first asked whether the read model
 * supports a reset (a walk over all its handlers' annotations), then whether it has a handler for the event (another
 * walk), though most read models take a handful of event types: 9 % of the JVM's CPU under the in-process command
 * load. Here a read model's reset support is read once, and which read models take a payload type once per type; only
 * those are asked about the event itself, in Axon's order and with Axon's answer.
 */
final class CachedHandlerChecks implements EventHandlerInvoker {

    private final EventHandlerInvoker original;
    private final List<EventHandlerInvoker> delegates;
    private final boolean[] supportsReset;
    private final ClassValue<boolean[]> takesType = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> payloadType) {
            boolean[] takes = new boolean[delegates.size()];
            for (int i = 0; i < takes.length; i++) {
                takes[i] = delegates.get(i).canHandleType(payloadType);
            }
            return takes;
        }
    };

    private CachedHandlerChecks(EventHandlerInvoker original) {
        this.original = original;
        this.delegates = original instanceof MultiEventHandlerInvoker multi ? multi.delegates() : List.of(original);
        this.supportsReset = new boolean[delegates.size()];
        for (int i = 0; i < supportsReset.length; i++) {
            // Axon's processor asks a lone invoker directly; only its multi invoker holds replays back from some.
            supportsReset[i] = !(original instanceof MultiEventHandlerInvoker) || delegates.get(i).supportsReset();
        }
    }

    /**
     * Gives the processor being built these checks around the handlers Axon gave it. Axon's configuration sets the
     * handlers on the builder before it calls our customization and offers no way to read them back, so this reads
     * its private field. Should a version of Axon rename it, this fails at start-up, not at the first event.
     */
    static void install(AbstractEventProcessor.Builder builder) {
        EventHandlerInvoker invoker;
        try {
            Field field = AbstractEventProcessor.Builder.class.getDeclaredField("eventHandlerInvoker");
            field.setAccessible(true);
            invoker = (EventHandlerInvoker) field.get(builder);
        } catch (ReflectiveOperationException | InaccessibleObjectException | ClassCastException e) {
            throw new IllegalStateException("cannot read the handlers of Axon's processor builder (an Axon upgrade?)", e);
        }
        builder.eventHandlerInvoker(around(invoker));
    }

    /** The invoker to give a processor instead of {@code invoker}. */
    static EventHandlerInvoker around(EventHandlerInvoker invoker) {
        Objects.requireNonNull(invoker, "invoker");
        return invoker instanceof CachedHandlerChecks ? invoker : new CachedHandlerChecks(invoker);
    }

    @Override
    public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
        boolean[] takes = takesType.get(eventMessage.getPayloadType());
        boolean replay = ReplayToken.isReplay(eventMessage);
        for (int i = 0; i < takes.length; i++) {
            if (asks(i, takes, replay) && delegates.get(i).canHandle(eventMessage, segment)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        for (boolean takes : takesType.get(payloadType)) {
            if (takes) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(EventMessage<?> message, Segment segment) throws Exception {
        boolean[] takes = takesType.get(message.getPayloadType());
        boolean replay = ReplayToken.isReplay(message);
        for (int i = 0; i < takes.length; i++) {
            EventHandlerInvoker delegate = delegates.get(i);
            if (asks(i, takes, replay) && delegate.canHandle(message, segment)) {
                delegate.handle(message, segment);
            }
        }
    }

    /** Axon's rule: a replayed event goes only to handlers that support a reset. */
    private boolean asks(int delegate, boolean[] takes, boolean replay) {
        return takes[delegate] && (supportsReset[delegate] || !replay);
    }

    @Override
    public boolean supportsReset() {
        return original.supportsReset();
    }

    @Override
    public void performReset() {
        original.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        original.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        original.segmentReleased(segment);
    }
}
