/** The scoring module's commands: {@code scorecard}, {@code models}, {@code bench scoring}. */
package io.credit.scoring.cli;
