package io.credit.lending.policy;

import java.math.BigDecimal;

/**
 * Early warning on an existing line.
 *
 * @param bandDropFactor       when the score falls by one score band or more, the line becomes at most
 *                             the previous line × this factor (between 0 and 1)
 * @param freezeOnDelinquency  a customer with a line who becomes delinquent has it frozen (limit 0)
 */
public record EarlyWarning(BigDecimal bandDropFactor, Boolean freezeOnDelinquency) {}
