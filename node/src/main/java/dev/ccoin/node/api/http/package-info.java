/**
 * The HTTP plumbing every resource of the node API shares: the API's error ({@link
 * dev.ccoin.node.api.http.ApiException}), the one mapping from exceptions to {@code {"error","message"}} JSON and a
 * status ({@link dev.ccoin.node.api.http.ApiErrors}), the JSON mapper, bounded request bodies and the parsing of path
 * and query parameters. May import core, Javalin, Jetty and Jackson, never another API package. Stateless and
 * thread-safe.
 */
package dev.ccoin.node.api.http;
