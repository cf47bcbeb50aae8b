"""Clustering: group unlabelled points by distance (k-means, agglomerative), by density
(DBSCAN) or by a probability model (Gaussian mixture)."""

from ml.cluster.agglomerative import AgglomerativeClustering
from ml.cluster.dbscan import DBSCAN
from ml.cluster.gmm import GaussianMixture
from ml.cluster.kmeans import KMeans, kmeans_plus_plus, squared_distances

__all__ = ["DBSCAN", "AgglomerativeClustering", "GaussianMixture", "KMeans", "kmeans_plus_plus",
           "squared_distances"]
