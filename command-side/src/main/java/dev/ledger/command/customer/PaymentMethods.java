package dev.ledger.command.customer;

import dev.ledger.command.customer.api.PaymentMethodNotActive;
import dev.ledger.command.customer.api.UnknownPaymentMethod;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A customer's payment methods in the order they were added, and which one is the default. Removed methods stay,
 * marked, so their ids are never reused and a repeated removal is recognised as a retry. The transitions at the
 * bottom only record facts, so they never throw and event sourcing can always replay them.
 */
record PaymentMethods(List<Method> methods, PaymentMethodId defaultMethod) {

    /** At most this many active methods a customer: enough for anyone, few enough to show on one screen. */
    static final int MAX_ACTIVE = 20;

    record Method(PaymentMethodId id, boolean verified, boolean removed) {
    }

    PaymentMethods {
        methods = List.copyOf(methods);
    }

    static PaymentMethods none() {
        return new PaymentMethods(List.of(), null);
    }

    Optional<Method> find(PaymentMethodId id) {
        return methods.stream().filter(method -> method.id().equals(id)).findFirst();
    }

    boolean isFull() {
        return methods.stream().filter(method -> !method.removed()).count() >= MAX_ACTIVE;
    }

    boolean hasDefault() {
        return defaultMethod != null;
    }

    boolean isDefault(PaymentMethodId id) {
        return id.equals(defaultMethod);
    }

    /** The method, provided the customer may still use it. */
    Method active(CustomerId customerId, PaymentMethodId id) {
        Method method = find(id).orElseThrow(() -> new UnknownPaymentMethod(customerId, id));
        if (method.removed()) {
            throw new PaymentMethodNotActive(customerId, id);
        }
        return method;
    }

    /** Who inherits the default when {@code leaving} goes: the oldest method still active. */
    Optional<PaymentMethodId> successorOf(PaymentMethodId leaving) {
        return methods.stream()
                .filter(method -> !method.removed() && !method.id().equals(leaving))
                .map(Method::id)
                .findFirst();
    }

    PaymentMethods added(PaymentMethodId id, boolean becameDefault) {
        List<Method> more = new ArrayList<>(methods);
        more.add(new Method(id, false, false));
        return new PaymentMethods(more, becameDefault ? id : defaultMethod);
    }

    PaymentMethods verified(PaymentMethodId id) {
        return new PaymentMethods(replace(id, method -> new Method(id, true, method.removed())), defaultMethod);
    }

    PaymentMethods removed(PaymentMethodId id, boolean wasDefault, PaymentMethodId promotedDefault) {
        return new PaymentMethods(
                replace(id, method -> new Method(id, method.verified(), true)),
                wasDefault ? promotedDefault : defaultMethod);
    }

    PaymentMethods withDefault(PaymentMethodId id) {
        return new PaymentMethods(methods, id);
    }

    private List<Method> replace(PaymentMethodId id, UnaryOperator<Method> change) {
        return methods.stream().map(method -> method.id().equals(id) ? change.apply(method) : method).toList();
    }
}
