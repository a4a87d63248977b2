/** Assembles the {@code ./credit} command line and the nightly job from the modules' parts. */
package io.credit.app;
