/** Challenger models (MLlib gradient-boosted trees) and the common interface of trainable risk models. */
package io.credit.scoring.challenger;
