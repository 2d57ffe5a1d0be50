/**
 * {@code GET /api/v1/openapi.json}: the API's OpenAPI 3.1 document ({@code docs/openapi.yaml}, on the classpath as
 * {@code /openapi/openapi.yaml}), read once with Jackson's YAML module and served as JSON. May import the API's http
 * package and Jackson. Thread-safe: the document is immutable once read.
 */
package dev.ccoin.node.api.openapi;
