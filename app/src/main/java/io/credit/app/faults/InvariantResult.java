package io.credit.app.faults;

/** One named invariant checked after a trial: whether it holds, and what was seen. */
record InvariantResult(String name, boolean holds, String detail) {}
