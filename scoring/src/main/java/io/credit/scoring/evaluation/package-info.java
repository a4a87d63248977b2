/** Model evaluation: AUC, KS, Gini, Brier, stratified cross-validation, PSI. */
package io.credit.scoring.evaluation;
