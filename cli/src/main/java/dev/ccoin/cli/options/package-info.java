/**
 * Options shared by several commands, as picocli mixins: the data directory and the keystore password sources.
 * Plain option holders, used on one thread.
 */
package dev.ccoin.cli.options;
