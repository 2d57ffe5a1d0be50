package dev.ccoin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Security;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class CipherProviderTest {
    @Test
    void aesGcmComesFromTheChosenProviderAndHashingStaysOnTheJdk() throws Exception {
        CipherProvider preferred = CipherProvider.preferred();

        String gcm = Cipher.getInstance("AES/GCM/NoPadding").getProvider().getName();
        if (PssProvider.chosen() == PssProvider.AWS_LC) {
            assertThat(preferred).isEqualTo(CipherProvider.AWS_LC);
            assertThat(gcm).isEqualTo("AmazonCorrettoCryptoProvider");
            assertThat(Security.getProviders()[0].getName()).isEqualTo("AmazonCorrettoCryptoProvider");
        } else {
            assertThat(preferred).isEqualTo(CipherProvider.JDK);
            assertThat(gcm).isNotEqualTo("AmazonCorrettoCryptoProvider");
        }
        assertThat(Sha256.newDigest().getProvider().getName()).isEqualTo("SUN");
        assertThat(CipherProvider.preferred()).as("decided once").isSameAs(preferred);
        assertThat(preferred.displayName()).isNotBlank();
    }
}
