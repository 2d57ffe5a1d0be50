package dev.ccoin.node.chain;

/** Told of every head switch, on the chain thread, after the switch is durable. Must not block. */
@FunctionalInterface
public interface HeadListener {
    void onHeadChange(HeadChange change);
}
