package io.credit.lending.api;

/** JSON error body: a stable code and a message for people. Never a stack trace. */
public record ApiError(String error, String message) {}
