"""Four classic classifiers on the same MNIST digits, all through one interface.

Every model takes its settings in the constructor, learns with ``fit(X, y)`` and is graded with
``score(X, y)``, so one loop handles them all. A seeded subset keeps it to seconds; the benchmark
``benchmarks/classic_mnist.py`` runs the full list of the classic algorithms page. Run it from the
repository root with ``MNIST_DIR`` pointing at the MNIST files:
``python -m ml.nn.examples.classic_models``.
"""

import numpy as np

from ml.bayes import GaussianNB
from ml.datasets.mnist import load_mnist
from ml.linear import LogisticRegression
from ml.neighbors import KNeighborsClassifier
from ml.trees import DecisionTreeClassifier

data = load_mnist()  # reads $MNIST_DIR
rng = np.random.default_rng(2024)
train, test = rng.choice(60000, 3000, replace=False), rng.choice(10000, 1000, replace=False)
X, y = data.x_train[train].reshape(-1, 784) / 255.0, data.y_train[train].astype(int)
X_test, y_test = data.x_test[test].reshape(-1, 784) / 255.0, data.y_test[test].astype(int)
models = {
    "logistic regression": LogisticRegression(learning_rate=0.2, batch_size=100, max_iter=20),
    "k-nearest neighbours (k=3)": KNeighborsClassifier(n_neighbors=3),
    "Gaussian naive Bayes": GaussianNB(var_smoothing=0.1),
    "decision tree (depth 10)": DecisionTreeClassifier(max_depth=10),
}
for name, model in models.items():
    model.fit(X, y)
    print(f"{name:>28}: {model.score(X_test, y_test):.1%} of {len(y_test)} test images")
