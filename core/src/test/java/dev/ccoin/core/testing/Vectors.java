package dev.ccoin.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.types.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The known answers published in {@code shared/vectors} by an independent implementation, copied into
 * {@code core/src/test/resources/vectors}: {@code vectors.json}, the vector {@code genesis.json}, two plain PKCS#8
 * test keys and {@code chain.bin}.
 */
public final class Vectors {
    private static final JsonNode JSON = readJson();

    private Vectors() {
    }

    /** A value of {@code vectors.json} by its path of keys, e.g. {@code text("block1", "hash")}. */
    public static String text(String... path) {
        JsonNode node = JSON;
        for (String key : path) {
            node = node.get(key);
            if (node == null) {
                throw new IllegalArgumentException("no vector at " + String.join("/", path));
            }
        }
        return node.asText();
    }

    public static JsonNode json() {
        return JSON;
    }

    public static byte[] hex(String... path) {
        return Hex.decode(text(path));
    }

    public static byte[] resource(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /vectors/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    /** One of the plain PKCS#8 PEM test keys ({@code alice.key.pem}, {@code miner.key.pem}) as a key pair. */
    public static KeyPair keyPair(String name) {
        String pem = resourceText(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            BigInteger exponent = key.getPublicExponent();
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), exponent)), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad test key " + name, e);
        }
    }

    private static JsonNode readJson() {
        try {
            return new ObjectMapper().readTree(resource("vectors.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
