"""Every classifier on real MNIST digits, with an accuracy floor measured first.

Data: the seeded ``mnist_small`` subset (5,000 training and 2,000 test images, pixels / 255, no
PCA). The slow learners use a prefix of it, gradient boosting (binary) the hardest common pair,
4 against 9. Each floor sits about 0.03 below the accuracy measured on this machine (given in
the comment), so it catches a broken model, not rounding differences between BLAS builds.
"""

import numpy as np
import pytest

from ml.bayes import GaussianNB
from ml.discriminant import LinearDiscriminantAnalysis
from ml.ensemble import GradientBoostingClassifier, RandomForestClassifier
from ml.linear import LogisticRegression, Perceptron
from ml.neighbors import KNeighborsClassifier
from ml.svm import LinearSVC
from ml.trees import DecisionTreeClassifier

# name: (make the model, training images, test images, floor); measured accuracy in comments
CASES = {
    "logistic": (lambda: LogisticRegression(learning_rate=0.2, batch_size=100, max_iter=20),
                 5000, 2000, 0.87),  # 0.8950
    "perceptron": (lambda: Perceptron(max_iter=10), 5000, 2000, 0.83),  # 0.8635
    "knn": (lambda: KNeighborsClassifier(n_neighbors=3), 5000, 1000, 0.91),  # 0.9380
    "naive_bayes": (lambda: GaussianNB(), 5000, 2000, 0.48),  # 0.5125
    "naive_bayes_smoothed": (lambda: GaussianNB(var_smoothing=0.1), 5000, 2000, 0.77),  # 0.7980
    "lda": (lambda: LinearDiscriminantAnalysis(shrinkage=0.1), 5000, 2000, 0.82),  # 0.8480
    "linear_svm": (lambda: LinearSVC(lam=0.01, max_iter=10), 5000, 2000, 0.86),  # 0.8845
    "tree": (lambda: DecisionTreeClassifier(max_depth=10), 3000, 2000, 0.69),  # 0.7230
    "random_forest": (lambda: RandomForestClassifier(n_estimators=20), 2000, 2000, 0.84),  # 0.8730
}


@pytest.mark.parametrize("name", list(CASES))
def test_classifier_reaches_its_accuracy_floor_on_mnist(name, mnist_small):
    make, n_train, n_test, floor = CASES[name]
    model = make().fit(mnist_small.X_train[:n_train], mnist_small.y_train[:n_train])
    accuracy = model.score(mnist_small.X_test[:n_test], mnist_small.y_test[:n_test])
    assert accuracy >= floor, f"{name}: test accuracy {accuracy:.4f} is below the floor {floor}"
    assert model.classes_.tolist() == list(range(10))


def test_gradient_boosting_tells_four_from_nine(mnist_small):
    def pair(X, y):
        keep = (y == 4) | (y == 9)
        return X[keep], y[keep]

    X, y = pair(mnist_small.X_train, mnist_small.y_train)
    X_test, y_test = pair(mnist_small.X_test, mnist_small.y_test)
    model = GradientBoostingClassifier(n_estimators=30, learning_rate=0.3, max_features=100)
    model.fit(X, y)
    assert np.all(np.diff(model.train_loss_) < 0)
    assert model.score(X_test, y_test) >= 0.94  # measured 0.9695 (1,008 train / 393 test)
