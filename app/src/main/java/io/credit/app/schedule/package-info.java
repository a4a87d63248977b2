/** {@code ./credit schedule}: runs the nightly job on a cron schedule, catching up missed dates in order. */
package io.credit.app.schedule;
