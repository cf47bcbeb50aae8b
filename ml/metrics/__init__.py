"""Metrics for judging a classifier: accuracy, the confusion matrix, precision, recall and F1."""

from ml.metrics.classification import (
    accuracy,
    classification_report,
    confusion_matrix,
    precision_recall_f1,
)
from ml.metrics.pairwise import chunked_squared_distances, squared_distances
from ml.metrics.regression import mean_absolute_error, mean_squared_error, r2_score

__all__ = ["accuracy", "chunked_squared_distances", "classification_report", "confusion_matrix",
           "mean_absolute_error", "mean_squared_error", "precision_recall_f1", "r2_score",
           "squared_distances"]
