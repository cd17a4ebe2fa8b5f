package org.counterweight.app.ingest;

import org.counterweight.core.text.ExtractionModel;

/**
 * A trained extraction model and what it was trained on.
 *
 * @param articles        the development articles
 * @param findings        the relations, events and agreements the rules found in them
 * @param correct         how many of those matched a gold annotation
 * @param folds           folds of the cross-fitted calibration
 * @param brier           the Brier score of the out-of-fold calibrated probabilities
 * @param baseRateBrier   the Brier score of predicting the share correct for every finding (a
 *                        model must beat it to be worth its weights)
 * @param model           the model, fitted on every article, with the cross-fitted calibration
 */
public record ExtractionTrainingResult(int articles, int findings, int correct, int folds, double brier,
        double baseRateBrier, ExtractionModel model) {
}
