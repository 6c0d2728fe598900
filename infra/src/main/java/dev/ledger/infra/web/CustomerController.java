package dev.ledger.infra.web;

import static dev.ledger.infra.web.RequestValues.IF_MATCH;
import static dev.ledger.infra.web.RequestValues.expectedVersion;
import static dev.ledger.infra.web.RequestValues.tenant;
import static dev.ledger.infra.web.RequestValues.withVersion;

import dev.ledger.command.customer.api.AddBankAccount;
import dev.ledger.command.customer.api.AddCard;
import dev.ledger.command.customer.api.AddCryptoWallet;
import dev.ledger.command.customer.api.ArchiveCustomer;
import dev.ledger.command.customer.api.RegisterCustomer;
import dev.ledger.command.customer.api.RemovePaymentMethod;
import dev.ledger.command.customer.api.SetDefaultPaymentMethod;
import dev.ledger.command.customer.api.UpdateCustomerDetails;
import dev.ledger.command.customer.api.VerifyPaymentMethod;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.BankAccountDetails;
import dev.ledger.kernel.customer.CardNumber;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.customer.PostalAddress;
import dev.ledger.query.customer.api.CustomerFilter;
import dev.ledger.query.customer.api.CustomerView;
import dev.ledger.query.customer.api.FindCustomer;
import dev.ledger.query.customer.api.ListCustomers;
import dev.ledger.query.customer.api.ListPaymentMethods;
import dev.ledger.query.customer.api.PaymentMethodView;
import dev.ledger.query.customer.api.CustomerPage;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/customers")
class CustomerController {

    private final QueryGateway queries;
    private final IdempotentRequests idempotency;

    CustomerController(QueryGateway queries, IdempotentRequests idempotency) {
        this.queries = queries;
        this.idempotency = idempotency;
    }

    record AddressRequest(@Size(max = Limits.LIST) List<@Size(max = Limits.TEXT) String> lines, @Size(max = Limits.TEXT) String city,
            @Size(max = Limits.SHORT) String postalCode, @Size(max = Limits.SHORT) String country) {

        @Override
        public String toString() {
            return "AddressRequest[redacted]"; // a street must never reach a log through this record
        }
    }

    record CustomerRequest(@Size(max = Limits.SHORT) String externalReference, @Size(max = Limits.SHORT) String country, @Size(max = Limits.SHORT) String email,
            @Size(max = Limits.TEXT) String name, @Valid AddressRequest address) {

        @Override
        public String toString() {
            // Personal data, or anything a client typed in the wrong field, must never reach a log through this record.
            return "CustomerRequest[redacted]";
        }
    }

    record ArchiveRequest(@Size(max = Limits.TEXT) String reason) {
    }

    /** Exactly the fields of its {@code type}: CARD (cardNumber, expiryMonth, expiryYear), BANK_ACCOUNT (iban, bankName), CRYPTO_WALLET (network, address). */
    record PaymentMethodRequest(@Size(max = Limits.SHORT) String type, @Size(max = Limits.SHORT) String cardNumber, Integer expiryMonth, Integer expiryYear,
            @Size(max = Limits.SHORT) String iban, @Size(max = Limits.TEXT) String bankName, @Size(max = Limits.SHORT) String network, @Size(max = Limits.SHORT) String address) {

        @Override
        public String toString() {
            // A card number or IBAN (in any field a client put it) must never reach a log through this record.
            return "PaymentMethodRequest[redacted]";
        }
    }

    @Operation(summary = "Register a customer")
    @RequiresRole(Role.OPERATOR)
    @PostMapping
    ResponseEntity<?> register(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CustomerRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        ExternalReference reference = fields.field("externalReference", () -> ExternalReference.of(request.externalReference()));
        CountryCode country = fields.field("country", () -> CountryCode.of(request.country()));
        PersonalData personal = personalData(fields, request);
        fields.throwIfAny();
        CustomerId id = CustomerId.newId();
        return idempotency.send(tenant.value(), idempotencyKey, idempotency.fingerprint("POST", "customers", request),
                new RegisterCustomer(tenant, id, reference, country, personal),
                result -> ResponseEntity.created(URI.create("/api/v1/organizations/" + tenant + "/customers/" + id))
                        .body(new CommandAccepted(id.toString(), "register")));
    }

    @Operation(summary = "Replace a customer's details")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{customerId}/details")
    ResponseEntity<?> update(@PathVariable String organizationId, @PathVariable String customerId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CustomerRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CustomerId customer = fields.field("customerId", () -> CustomerId.parse(customerId));
        CountryCode country = fields.field("country", () -> CountryCode.of(request.country()));
        PersonalData personal = personalData(fields, request);
        Long version = fields.field(IF_MATCH, () -> expectedVersion(ifMatch));
        if (request.externalReference() != null) {
            fields.field("externalReference", () -> {
                throw new InvalidValue("externalReference", "cannot be changed");
            });
        }
        fields.throwIfAny();
        return send(tenant, idempotencyKey, "details " + customerId, request, customer.toString(), "update",
                new UpdateCustomerDetails(tenant, customer, country, personal, version));
    }

    @Operation(summary = "Archive a customer: no new orders, history kept")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{customerId}/archive")
    ResponseEntity<?> archive(@PathVariable String organizationId, @PathVariable String customerId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) ArchiveRequest request) {
        OrganizationId tenant = tenant(organizationId);
        CustomerId customer = InvalidRequest.field("customerId", () -> CustomerId.parse(customerId));
        Long version = InvalidRequest.field(IF_MATCH, () -> expectedVersion(ifMatch));
        String reason = request == null ? null : request.reason();
        return send(tenant, idempotencyKey, "archive " + customerId, request, customerId, "archive",
                new ArchiveCustomer(tenant, customer, reason, version));
    }

    @Operation(summary = "Add a card, bank account or crypto wallet; card numbers are checked and never stored")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{customerId}/payment-methods")
    ResponseEntity<?> addPaymentMethod(@PathVariable String organizationId, @PathVariable String customerId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PaymentMethodRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CustomerId customer = fields.field("customerId", () -> CustomerId.parse(customerId));
        Long version = fields.field(IF_MATCH, () -> expectedVersion(ifMatch));
        PaymentMethodId method = PaymentMethodId.newId();
        Object command = fields.field("type", () -> paymentMethodCommand(tenant, customer, method, version, request, fields));
        fields.throwIfAny();
        // The fingerprint holds what the event will hold (brand, last 4, masked IBAN), never a hash of a card number.
        return idempotency.send(tenant.value(), idempotencyKey,
                idempotency.fingerprint("POST", "payment-methods " + customerId, storedDetails(command)), command,
                result -> ResponseEntity.created(URI.create("/api/v1/organizations/" + tenant + "/customers/" + customerId
                        + "/payment-methods/" + method)).body(new CommandAccepted(method.toString(), "add-payment-method")));
    }

    @Operation(summary = "Mark a payment method verified")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{customerId}/payment-methods/{paymentMethodId}/verify")
    ResponseEntity<?> verify(@PathVariable String organizationId, @PathVariable String customerId,
            @PathVariable String paymentMethodId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        MethodTarget target = methodTarget(organizationId, customerId, paymentMethodId, ifMatch);
        return send(target.tenant(), idempotencyKey, "verify " + paymentMethodId, null, paymentMethodId, "verify",
                new VerifyPaymentMethod(target.tenant(), target.customer(), target.method(), target.version()));
    }

    @Operation(summary = "Make a payment method the customer's default")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{customerId}/payment-methods/{paymentMethodId}/default")
    ResponseEntity<?> makeDefault(@PathVariable String organizationId, @PathVariable String customerId,
            @PathVariable String paymentMethodId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        MethodTarget target = methodTarget(organizationId, customerId, paymentMethodId, ifMatch);
        return send(target.tenant(), idempotencyKey, "default " + paymentMethodId, null, paymentMethodId, "set-default",
                new SetDefaultPaymentMethod(target.tenant(), target.customer(), target.method(), target.version()));
    }

    @Operation(summary = "Remove a payment method; refused while orders wait on it")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{customerId}/payment-methods/{paymentMethodId}/remove")
    ResponseEntity<?> remove(@PathVariable String organizationId, @PathVariable String customerId,
            @PathVariable String paymentMethodId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        MethodTarget target = methodTarget(organizationId, customerId, paymentMethodId, ifMatch);
        return send(target.tenant(), idempotencyKey, "remove " + paymentMethodId, null, paymentMethodId, "remove",
                new RemovePaymentMethod(target.tenant(), target.customer(), target.method(), target.version()));
    }

    @Operation(summary = "Read a customer; the ETag is its version, for If-Match")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/{customerId}")
    ResponseEntity<CustomerView> find(@PathVariable String organizationId, @PathVariable String customerId) {
        OrganizationId tenant = tenant(organizationId);
        CustomerId customer = InvalidRequest.field("customerId", () -> CustomerId.parse(customerId));
        CustomerView view = Answers.of(queries.query(new FindCustomer(tenant, customer),
                        ResponseTypes.optionalInstanceOf(CustomerView.class)))
                .orElseThrow(() -> new NotFound("customer " + customerId));
        return withVersion(view, view.version());
    }

    @Operation(summary = "List customers, filtered and paged (cursor or offset)")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping
    PageResponse<CustomerView> list(@PathVariable String organizationId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String externalReferencePrefix,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdTo,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            @RequestParam(defaultValue = "false") boolean includeTotal) {
        OrganizationId tenant = tenant(organizationId);
        ListCustomers query = new ListCustomers(tenant,
                new CustomerFilter(status, country, externalReferencePrefix, createdFrom, createdTo), sort,
                PageResponse.request(cursor, limit, offset, includeTotal));
        return PageResponse.of(Answers.of(queries.query(query, CustomerPage.class)).page());
    }

    @Operation(summary = "List a customer's payment methods (masked)")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/{customerId}/payment-methods")
    List<PaymentMethodView> paymentMethods(@PathVariable String organizationId, @PathVariable String customerId) {
        OrganizationId tenant = tenant(organizationId);
        CustomerId customer = InvalidRequest.field("customerId", () -> CustomerId.parse(customerId));
        return Answers.of(queries.query(new ListPaymentMethods(tenant, customer),
                ResponseTypes.multipleInstancesOf(PaymentMethodView.class)));
    }

    private ResponseEntity<?> send(OrganizationId tenant, String idempotencyKey, String operation, Object request,
            String id, String action, Object command) {
        return idempotency.send(tenant.value(), idempotencyKey,
                idempotency.fingerprint("POST", "customers " + operation, request), command,
                result -> ResponseEntity.ok(new CommandAccepted(id, action)));
    }

    private record MethodTarget(OrganizationId tenant, CustomerId customer, PaymentMethodId method, Long version) {
    }

    private static MethodTarget methodTarget(String organizationId, String customerId, String paymentMethodId,
            String ifMatch) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CustomerId customer = fields.field("customerId", () -> CustomerId.parse(customerId));
        PaymentMethodId method = fields.field("paymentMethodId", () -> PaymentMethodId.parse(paymentMethodId));
        Long version = fields.field(IF_MATCH, () -> expectedVersion(ifMatch));
        fields.throwIfAny();
        return new MethodTarget(tenant, customer, method, version);
    }

    private static PersonalData personalData(InvalidRequest.Collector fields, CustomerRequest request) {
        EmailAddress email = fields.field("email", () -> new EmailAddress(request.email()));
        PersonName name = fields.field("name", () -> new PersonName(request.name()));
        AddressRequest address = request.address();
        PostalAddress postal = address == null ? null : fields.field("address", () -> new PostalAddress(
                address.lines(), address.city(), address.postalCode(),
                address.country() == null ? null : CountryCode.of(address.country())));
        return email == null || name == null ? null : new PersonalData(email, name, postal);
    }

    private static Object storedDetails(Object command) {
        if (command instanceof AddCard card) {
            return card.card();
        }
        if (command instanceof AddBankAccount bank) {
            return bank.bankAccount();
        }
        if (command instanceof AddCryptoWallet wallet) {
            return wallet.cryptoWallet();
        }
        throw new IllegalStateException("not a payment method command: " + command.getClass());
    }

    private static Object paymentMethodCommand(OrganizationId tenant, CustomerId customer, PaymentMethodId method,
            Long version, PaymentMethodRequest request, InvalidRequest.Collector fields) {
        String type = InvalidValue.required("type", request.type());
        return switch (type) {
            case "CARD" -> {
                CardNumber number = fields.field("cardNumber", () -> CardNumber.parse(request.cardNumber()));
                Integer month = fields.field("expiryMonth", () -> InvalidValue.required("expiryMonth", request.expiryMonth()));
                Integer year = fields.field("expiryYear", () -> InvalidValue.required("expiryYear", request.expiryYear()));
                yield number == null || month == null || year == null ? null
                        : fields.field("expiryMonth", () -> new AddCard(tenant, customer, method, number.details(month, year), version));
            }
            case "BANK_ACCOUNT" -> fields.field("iban", () -> new AddBankAccount(tenant, customer, method,
                    BankAccountDetails.fromIban(request.iban(), request.bankName()), version));
            case "CRYPTO_WALLET" -> fields.field("address", () -> new AddCryptoWallet(tenant, customer, method,
                    new CryptoWalletDetails(request.network(), request.address()), version));
            default -> throw new InvalidValue("type", "must be CARD, BANK_ACCOUNT or CRYPTO_WALLET");
        };
    }


}
