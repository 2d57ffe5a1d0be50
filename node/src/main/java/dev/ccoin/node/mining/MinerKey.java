package dev.ccoin.node.mining;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;

/**
 * The authority key a miner seals with: its address, the SubjectPublicKeyInfo bytes that go into a block's
 * {@code minerKey}, the length of its signatures (so a candidate's size is known before it is signed) and PSS
 * signing of seal hashes. The key pair is checked once, at construction, to be a ccoin RSA key. Immutable and
 * thread-safe.
 */
public final class MinerKey {
    private final KeyPair keys;
    private final Address address;
    private final Bytes publicKey;
    private final int signatureBytes;

    private MinerKey(KeyPair keys) {
        RSAPublicKey rsa = RsaKeys.check(keys.getPublic());
        this.keys = keys;
        this.address = RsaKeys.address(rsa);
        this.publicKey = RsaKeys.encode(rsa);
        // An RSASSA-PSS signature is exactly as long as the modulus.
        this.signatureBytes = (rsa.getModulus().bitLength() + 7) / 8;
    }

    /** @throws dev.ccoin.core.crypto.KeyFormatException if the public key is not an allowed RSA key */
    public static MinerKey of(KeyPair keys) {
        return new MinerKey(keys);
    }

    public Address address() {
        return address;
    }

    /** The public key as SubjectPublicKeyInfo DER: a block's {@code minerKey}. */
    public Bytes publicKey() {
        return publicKey;
    }

    /** The length of every signature this key makes. */
    public int signatureBytes() {
        return signatureBytes;
    }

    /** PSS-sign(privateKey, sealHash). */
    public Bytes sign(Hash32 sealHash) {
        return Pss.sign(keys.getPrivate(), sealHash);
    }

    @Override
    public String toString() {
        return "MinerKey[" + address + "]";
    }
}
