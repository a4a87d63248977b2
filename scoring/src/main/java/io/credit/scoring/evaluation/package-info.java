/** Model evaluation: AUC, KS, Gini, Brier, stratified cross-validation, PSI, the oracle AUC from a ground truth. */
package io.credit.scoring.evaluation;
