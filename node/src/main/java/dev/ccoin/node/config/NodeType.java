package dev.ccoin.node.config;

/** A validator seals blocks with its authority key; a basic node validates, relays and serves. */
public enum NodeType {
    VALIDATOR, BASIC
}
