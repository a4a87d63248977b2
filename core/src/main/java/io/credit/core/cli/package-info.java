/** What every command shares: platform options, the {@code --json} summary line, exit codes. */
package io.credit.core.cli;
