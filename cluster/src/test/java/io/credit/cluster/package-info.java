/**
 * Runs the platform's Spark work on a real Spark standalone cluster (a master and a worker started
 * as child JVMs on loopback from the jars of the build) and checks that the results equal those of
 * {@code local[2]}.
 */
package io.credit.cluster;
