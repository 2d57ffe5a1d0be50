/**
 * {@code ccoin account}: create, list, import and check the key pairs of a data directory's keystore (§2, §11).
 * Commands are thin: they gather options and passwords (see {@link dev.ccoin.cli.options.PasswordOptions}) and call
 * {@link dev.ccoin.client.wallet.Keystore}, whose exceptions {@link dev.ccoin.cli.command.FailureHandler} prints. Each
 * command object serves one invocation on one thread.
 */
package dev.ccoin.cli.account;
