package dev.ccoin.client.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletTest {
    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path dataDir;

    @Test
    void walletOpensWithItsPasswordAndSignsAsItsAddress() {
        Address address = new Keystore(dataDir).create(2048, KeyProtection.password(PASSWORD));

        Wallet wallet = Wallet.open(dataDir, address, PASSWORD);
        Hash32 digest = Hash32.of(new byte[32]);

        assertThat(wallet.address()).isEqualTo(address);
        assertThat(RsaKeys.address(wallet.publicKey())).isEqualTo(address);
        assertThat(Pss.verify(RsaKeys.publicKey(wallet.publicKey()), digest, wallet.sign(digest))).isTrue();
    }

    @Test
    void wrongPasswordIsRefusedWithItsReason() {
        Address address = new Keystore(dataDir).create(2048, KeyProtection.password(PASSWORD));

        assertThatThrownBy(() -> Wallet.open(dataDir, address, "wrong".toCharArray()))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.WRONG_PASSWORD));
        assertThatThrownBy(() -> Wallet.open(dataDir, address, null))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.PASSWORD_REQUIRED));
    }

    @Test
    void onlyKeyOfAKeystoreOpensWithoutNamingIt() {
        Address address = new Keystore(dataDir).create(2048, KeyProtection.none());

        assertThat(Wallet.openOnly(dataDir, null).address()).isEqualTo(address);
        assertThat(Wallet.openFile(new Keystore(dataDir).privateKeyFile(address), null).address()).isEqualTo(address);
    }
}
