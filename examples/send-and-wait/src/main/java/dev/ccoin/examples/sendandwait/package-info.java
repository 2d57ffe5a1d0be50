/**
 * The send-and-wait example: a few dozen lines of an application on the client library ({@code dev.ccoin.client}).
 * Imports the library and core's types only.
 */
package dev.ccoin.examples.sendandwait;
