package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.client.wallet.Keystore;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * An account a benchmark sends from: its address, key pair and encoded public key. Loaded from a keystore whose keys
 * have no password, as a localnet's dev accounts ({@code D/accounts}) do. Immutable.
 */
record Sender(Address address, KeyPair keys, Bytes publicKey) {
    static Sender of(KeyPair keys) {
        return new Sender(RsaKeys.address(keys.getPublic()), keys, RsaKeys.encode(keys.getPublic()));
    }

    /** The first {@code max} accounts of the keystore in {@code dataDir}, unlocked without a password. */
    static List<Sender> load(Path dataDir, int max) {
        Keystore keystore = new Keystore(dataDir);
        List<Address> addresses = keystore.list();
        if (addresses.isEmpty()) {
            throw new CommandFailure("no keys in " + keystore.directory()
                    + "; give --accounts-dir the localnet's accounts dir (D/accounts)");
        }
        List<Sender> senders = new ArrayList<>();
        for (Address address : addresses.subList(0, Math.min(max, addresses.size()))) {
            if (keystore.isEncrypted(address)) {
                throw new CommandFailure("the key of " + address + " has a password; benchmarks use dev keys without");
            }
            senders.add(of(keystore.unlock(address, null)));
        }
        return senders;
    }
}
