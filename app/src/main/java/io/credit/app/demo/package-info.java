/** {@code ./credit demo}: the README's first command, the platform end to end on generated data. */
package io.credit.app.demo;
