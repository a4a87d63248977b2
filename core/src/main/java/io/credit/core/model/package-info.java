/** Vocabulary shared by all modules: score dimensions and score bands. */
package io.credit.core.model;
