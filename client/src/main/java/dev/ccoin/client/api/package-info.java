/**
 * The node API over HTTP: {@link dev.ccoin.client.api.NodeClient}, one typed call per endpoint on the JDK's
 * {@code HttpClient} and Jackson, and its failures as {@link dev.ccoin.client.api.ApiException} with an
 * {@link dev.ccoin.client.api.ApiError} reason. Imports core and the client's model; never the node. Thread-safe.
 */
package dev.ccoin.client.api;
