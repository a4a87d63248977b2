/** {@code ./credit bench scoring}: scorecard training and scoring speed against MLlib's plain logistic regression. */
package io.credit.scoring.bench;
