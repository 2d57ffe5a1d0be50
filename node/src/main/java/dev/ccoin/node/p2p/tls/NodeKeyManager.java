package dev.ccoin.node.p2p.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents the node's one certificate and private key, as client and as server, whatever issuers the peer names
 * (peers name none). The key is RSA; asked for another key type, it has nothing to offer. Immutable and thread-safe.
 */
final class NodeKeyManager extends X509ExtendedKeyManager {
    private static final String ALIAS = "node";
    private static final String KEY_TYPE = "RSA";

    private final X509Certificate[] chain;
    private final PrivateKey privateKey;

    NodeKeyManager(X509Certificate certificate, PrivateKey privateKey) {
        this.chain = new X509Certificate[] {certificate};
        this.privateKey = privateKey;
    }

    private String aliasFor(String keyType) {
        return KEY_TYPE.equals(keyType) ? ALIAS : null;
    }

    private String aliasFor(String[] keyTypes) {
        return keyTypes != null && Arrays.asList(keyTypes).contains(KEY_TYPE) ? ALIAS : null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return KEY_TYPE.equals(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return aliasFor(keyTypes);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyTypes);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return getClientAliases(keyType, issuers);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return aliasFor(keyType);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyType);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? privateKey : null;
    }
}
