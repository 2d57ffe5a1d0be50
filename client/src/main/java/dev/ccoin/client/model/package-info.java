/**
 * The node API's answers as typed, immutable records, field for field as {@code docs/openapi.yaml} declares them
 * (hashes as {@code Hash32}, addresses as {@code Address}, bytes as {@code Bytes}). Imports core's types only.
 */
package dev.ccoin.client.model;
