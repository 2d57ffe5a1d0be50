/**
 * Node settings: the strict reader of {@code ccoin.json} ({@link dev.ccoin.node.config.ConfigFile}) and the
 * resolved, immutable {@link dev.ccoin.node.config.NodeConfig} a node starts from. Layering (flags, then
 * {@code CCOIN_*} variables, then the file, then defaults) is the command line's job. Immutable values.
 */
package dev.ccoin.node.config;
