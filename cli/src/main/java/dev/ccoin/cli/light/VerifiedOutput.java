package dev.ccoin.cli.light;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.block.SealedHeader;
import java.io.PrintWriter;

/**
 * How a verified result is shown: the sentence naming the block it was verified against and how far the header
 * chain was checked, or with {@code --json} the result, the header chain and the node's proof. Stateless.
 */
final class VerifiedOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerifiedOutput() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** {@code block 812 (0000ab12cd34…)}. */
    static String block(SealedHeader block) {
        return "block " + block.height() + " (" + block.hash().shortHex(12) + "…)";
    }

    /** {@code header chain checked from genesis, 3 authorities}. */
    static String chainChecked(LightClient client) {
        int authorities = client.params().authorities().size();
        return "header chain checked from genesis, " + authorities + (authorities == 1 ? " authority" : " authorities");
    }

    static ObjectNode blockJson(SealedHeader block) {
        ObjectNode node = object();
        node.put("height", block.height());
        node.put("hash", block.hash().toHex());
        node.put("stateRoot", block.header().stateRoot().toHex());
        node.put("txRoot", block.header().txRoot().toHex());
        return node;
    }

    static ObjectNode chainJson(TrustedChain trusted, LightClient client) {
        ObjectNode node = object();
        node.put("height", trusted.chain().height());
        node.put("hash", trusted.chain().head().hash().toHex());
        node.put("totalWork", trusted.chain().totalWork());
        node.put("checkedFrom", 0);
        node.put("authorities", client.params().authorities().size());
        node.put("storedHeight", trusted.storedHeight());
        node.put("fetchedHeaders", trusted.fetched());
        node.putArray("servingHead").addAll(trusted.servingHead().stream()
                .map(source -> JSON.getNodeFactory().textNode(source.name())).toList());
        return node;
    }

    static void print(PrintWriter out, ObjectNode node) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always prints", e);
        }
        out.flush();
    }
}
