package dev.ccoin.discovery.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Deregistration;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.discovery.testing.RegistrationBody;
import java.security.KeyPair;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private static final long NOW = 1_700_000_000_000L;
    private final Authenticator authenticator = new Authenticator(new MutableClock(NOW));
    private final KeyPair key = TestKeys.get(0);

    private static void assertRefused(ThrowingCallable call, Refusal reason) {
        assertThatThrownBy(call).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).reason()).isEqualTo(reason);
    }

    private Bytes spki(KeyPair pair) {
        return RsaKeys.encode(pair.getPublic());
    }

    @Test
    void registrationSignedByItsNodeKeyJustNowIsAccepted() {
        Registration registration = new RegistrationBody(NOW).registration();

        assertThat(authenticator.registrant(registration, spki(key), registration.sign(key.getPrivate())))
                .isEqualTo(key.getPublic());
    }

    @Test
    void timestampsUpToSixtySecondsEitherWayAreAcceptedAndNoFurther() {
        for (long timestamp : new long[] {NOW - 60_000, NOW + 60_000}) {
            Registration registration = new RegistrationBody(timestamp).registration();
            authenticator.registrant(registration, spki(key), registration.sign(key.getPrivate()));
        }
        for (long timestamp : new long[] {NOW - 60_001, NOW + 60_001}) {
            Registration registration = new RegistrationBody(timestamp).registration();
            assertRefused(() -> authenticator.registrant(registration, spki(key),
                    registration.sign(key.getPrivate())), Refusal.STALE_TIMESTAMP);
        }
    }

    @Test
    void nodeIdThatIsNotTheKeysAddressIsRefused() {
        Registration registration = new RegistrationBody(NOW).nodeId(RsaKeys.address(TestKeys.get(1).getPublic()))
                .registration();

        assertRefused(() -> authenticator.registrant(registration, spki(key), registration.sign(key.getPrivate())),
                Refusal.NODE_ID_MISMATCH);
    }

    @Test
    void signatureByAnotherKeyIsRefused() {
        Registration registration = new RegistrationBody(NOW).registration();

        assertRefused(() -> authenticator.registrant(registration, spki(key),
                registration.sign(TestKeys.get(1).getPrivate())), Refusal.BAD_SIGNATURE);
    }

    @Test
    void bytesThatAreNotAnRsaKeyAreRefused() {
        Registration registration = new RegistrationBody(NOW).registration();

        assertRefused(() -> authenticator.registrant(registration, Bytes.of(new byte[] {1, 2, 3}),
                registration.sign(key.getPrivate())), Refusal.BAD_PUBLIC_KEY);
    }

    @Test
    void deregistrationMustBeSignedByTheRegisteredKeyJustNow() {
        Deregistration fresh = new Deregistration(RsaKeys.address(key.getPublic()), NOW);
        authenticator.deregistration(fresh, key.getPublic(), fresh.sign(key.getPrivate()));

        assertRefused(() -> authenticator.deregistration(fresh, key.getPublic(),
                fresh.sign(TestKeys.get(1).getPrivate())), Refusal.BAD_SIGNATURE);
        Deregistration old = new Deregistration(fresh.nodeId(), NOW - 61_000);
        assertRefused(() -> authenticator.deregistration(old, key.getPublic(), old.sign(key.getPrivate())),
                Refusal.STALE_TIMESTAMP);
    }
}
