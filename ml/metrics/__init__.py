"""Metrics for judging a classifier: accuracy, the confusion matrix, precision, recall and F1."""

from ml.metrics.classification import (
    accuracy,
    classification_report,
    confusion_matrix,
    precision_recall_f1,
)

__all__ = ["accuracy", "classification_report", "confusion_matrix", "precision_recall_f1"]
