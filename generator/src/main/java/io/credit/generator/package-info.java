/**
 * The synthetic data generator behind {@code ./credit generate}: a population with a latent
 * creditworthiness that drives both behaviour and default, written as the platform's input files
 * plus the ground truth needed to measure model quality against the best attainable (oracle) AUC.
 */
package io.credit.generator;
