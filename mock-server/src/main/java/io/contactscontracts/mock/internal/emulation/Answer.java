package io.contactscontracts.mock.internal.emulation;

/**
 * The emulation's answer to one request: the reply to send and how long to hold it first (the configured
 * latency plus what {@code Prefer: wait=} asked for).
 */
public record Answer(Reply reply, int delayMs) {}
