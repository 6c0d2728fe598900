package dev.ledger.infra.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CardBrand;
import dev.ledger.kernel.customer.CardDetails;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CryptoWalletDetails;
import dev.ledger.kernel.customer.PaymentMethodAdded;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.customer.PaymentMethodType;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.EmailAddress;
import dev.ledger.kernel.customer.ExternalReference;
import dev.ledger.kernel.customer.PersonName;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.customer.PostalAddress;
import dev.ledger.testsupport.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The event serializer's sealing against a real PostgreSQL: ciphertext at rest, plaintext to readers, erased after forget. */
class PersonalDataSealingTest {

    private static final DataSource DATA_SOURCE = TestInfrastructure.migratedDataSource("classpath:db/migration");
    private static final OrganizationId ACME = OrganizationId.newId();

    private final JdbcClient jdbc = JdbcClient.create(DATA_SOURCE);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE));
    private final MasterKey master = MasterKey.fromBase64(randomKey());
    private final DataKeys keys = new DataKeys(jdbc, master);
    private final SealingSerializer serializer = new SealingSerializer(jackson(), new PersonalDataEnvelopes(keys));

    @Test
    void theStoredFormHoldsAnEnvelopeAndReadsBackAsRecorded() {
        CustomerRegistered event = registered(CustomerId.newId());

        String stored = store(event).getData();

        assertThat(stored).doesNotContain("grace", "Grace", "Hopper", "Arlington")
                .contains("\"personalData\":{\"enc\":\"v1\",\"key\":\"")
                .contains("\"country\":\"US\"");
        assertThat((Object) serializer.deserialize(stored(stored))).isEqualTo(event);
    }

    @Test
    void downstreamGetsThePlainPersonalDataWhileTheKeyLives() {
        SerializedObject<String> stored = stored(store(registered(CustomerId.newId())).getData());

        assertThat(serializer.of(stored)).contains("\"email\":\"grace@example.com\"", "\"erased\":false");
    }

    @Test
    void afterTheKeyIsDestroyedTheSameBytesReadErased() {
        CustomerId customer = CustomerId.newId();
        String stored = store(registered(customer)).getData();

        transaction.executeWithoutResult(status -> keys.destroy(customer.value(), ACME.value(),
                "DATA_SUBJECT_REQUEST", "event-1", Instant.parse("2026-11-22T00:00:00Z")));

        CustomerRegistered read = serializer.deserialize(stored(stored));
        assertThat(read.personalData()).isEqualTo(PersonalData.ERASED);
        assertThat(read.externalReference()).isEqualTo(ExternalReference.of("gh-1906"));
        assertThat(serializer.of(stored(stored))).contains("\"erased\":true").doesNotContain("grace");
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_key WHERE customer_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT event_id FROM personal_data_key_tombstone WHERE customer_id = ?")
                .param(customer.value()).query(String.class).single()).isEqualTo("event-1");
    }

    @Test
    void aWalletAddressIsSealedAndReadsErasedAfterTheForget() {
        CustomerId customer = CustomerId.newId();
        PaymentMethodAdded added = new PaymentMethodAdded(ACME, customer, PaymentMethodId.newId(),
                PaymentMethodType.CRYPTO_WALLET, null, null,
                new CryptoWalletDetails("ethereum", "0x52908400098527886E0F7030069857D2E4169EE7"), true);
        String stored = transaction.execute(status -> serializer.serialize(added, String.class)).getData();
        SerializedObject<String> storedAdded =
                new SimpleSerializedObject<>(stored, String.class, serializer.typeForClass(PaymentMethodAdded.class));

        assertThat(stored).doesNotContain("0x5290").contains("\"cryptoWallet\":{\"enc\":\"v1\"");
        assertThat((Object) serializer.deserialize(storedAdded)).isEqualTo(added);
        transaction.executeWithoutResult(status -> keys.destroy(customer.value(), ACME.value(),
                "DATA_SUBJECT_REQUEST", "event-3", Instant.now()));
        assertThat(((PaymentMethodAdded) serializer.deserialize(storedAdded)).cryptoWallet())
                .isEqualTo(CryptoWalletDetails.ERASED);
    }

    @Test
    void aCardNeedsNoKey() {
        CustomerId customer = CustomerId.newId();
        PaymentMethodAdded card = new PaymentMethodAdded(ACME, customer, PaymentMethodId.newId(), PaymentMethodType.CARD,
                new CardDetails(CardBrand.VISA, "4242", 12, 2099), null, null, true);

        String stored = transaction.execute(status -> serializer.serialize(card, String.class)).getData();

        assertThat(stored).contains("\"last4\":\"4242\"");
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_key WHERE customer_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aForgottenCustomerGetsNoNewKey() {
        CustomerId customer = CustomerId.newId();
        store(registered(customer));
        transaction.executeWithoutResult(status -> keys.destroy(customer.value(), ACME.value(),
                "DATA_SUBJECT_REQUEST", "event-2", Instant.now()));

        assertThatThrownBy(() -> store(registered(customer))).isInstanceOf(DataKeys.CustomerKeyDestroyed.class);
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_key WHERE customer_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEnvelopeMovedToAnotherCustomersEventDoesNotOpen() {
        CustomerId alice = CustomerId.newId();
        CustomerId bob = CustomerId.newId();
        store(registered(bob));
        String aliceStored = store(registered(alice)).getData();

        String moved = aliceStored.replace(alice.toString(), bob.toString());

        assertThatThrownBy(() -> serializer.deserialize(stored(moved))).isInstanceOf(Aes.Tampered.class);
    }

    @Test
    void aKeyWrappedByAnotherMasterKeyIsReportedAsSuch() {
        String stored = store(registered(CustomerId.newId())).getData();
        MasterKey other = MasterKey.fromBase64(randomKey());
        SealingSerializer elsewhere = new SealingSerializer(jackson(), new PersonalDataEnvelopes(new DataKeys(jdbc, other)));

        assertThatThrownBy(() -> elsewhere.deserialize(stored(stored)))
                .hasMessageContaining(master.id()).hasMessageContaining(other.id());
    }

    @Test
    void aRolledBackAppendLeavesNoKey() {
        CustomerId customer = CustomerId.newId();

        transaction.executeWithoutResult(status -> {
            serializer.serialize(registered(customer), String.class);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_key WHERE customer_id = ?").param(customer.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theEmbeddedDefaultMasterKeyIsGeneratedOnceAndOwnerOnly(@TempDir Path data) throws Exception {
        MasterKey first = MasterKey.inDirectory(data);
        MasterKey again = MasterKey.inDirectory(data);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("pii-master-key"))))
                .isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(Files.readString(data.resolve("pii-master-key")));
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MasterKey.fromBase64(shortKey)).hasMessageNotContaining(shortKey);
    }

    private SerializedObject<String> store(CustomerRegistered event) {
        return transaction.execute(status -> serializer.serialize(event, String.class));
    }

    private SerializedObject<String> stored(String json) {
        return new SimpleSerializedObject<>(json, String.class, serializer.typeForClass(CustomerRegistered.class));
    }

    private static CustomerRegistered registered(CustomerId customer) {
        return new CustomerRegistered(ACME, customer, ExternalReference.of("gh-1906"), CountryCode.of("US"),
                new PersonalData(new EmailAddress("grace@example.com"), new PersonName("Grace Hopper"),
                        new PostalAddress(List.of("1 Navy Yard"), "Arlington", "22202", CountryCode.of("US"))));
    }

    private static String randomKey() {
        byte[] key = new byte[MasterKey.BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Axon's Jackson serializer with the ledger's value module, as the service builds it. */
    private static JacksonSerializer jackson() {
        try {
            var constructor = Class.forName("dev.ledger.infra.axon.LedgerValuesJacksonModule").getDeclaredConstructor();
            constructor.setAccessible(true);
            return JacksonSerializer.builder()
                    .objectMapper(JsonMapper.builder().addModule((Module) constructor.newInstance()).findAndAddModules().build())
                    .build();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
