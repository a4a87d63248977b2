/**
 * The read-only HTTP JSON API over the current eligibility snapshot (JDK {@code HttpServer} +
 * Jackson): bearer API keys stored hashed, allow-listed fields, JSON errors, an OpenAPI document.
 */
package io.credit.lending.api;
