/**
 * {@code ccoin discovery}: runs the discovery service of the discovery module in the foreground. Imports the
 * discovery module only (not the node); the command holds no state beyond its run.
 */
package dev.ccoin.cli.discovery;
