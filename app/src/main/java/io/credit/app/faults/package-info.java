/**
 * The fault-injection suite ({@code ./credit bench faults}): runs the real nightly command in child
 * JVMs on copies of a prepared population, kills them with SIGKILL at seeded points in every step,
 * fills the disk under them, restarts them, and checks the platform's invariants against a clean run.
 */
package io.credit.app.faults;
