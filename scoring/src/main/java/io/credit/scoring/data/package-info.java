/** Any labelled CSV as training data: type inference, categorical detection, missing values, the label. */
package io.credit.scoring.data;
