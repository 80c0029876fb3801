"""Same-story clustering peers for `stories`: MinHash near-duplicates and TF-IDF agglomeration.

MinHash/LSH (datasketch) is the usual near-duplicate detector: it finds copies and rewrites of
one text, not different outlets' own reports of one event, which is what the ECB+ clusters are.
TF-IDF cosine with average-link clustering (scikit-learn) is the usual topic-level baseline.
Both are called exactly as METRICS.md "stories" describes; each returns one cluster label per
article, in input order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

WORD = re.compile(r"\w+")
SHINGLE_TOKENS = 5
NUM_PERM = 128
MINHASH_SEED = 1
MINHASH_THRESHOLD = 0.3
TFIDF_SIMILARITY = 0.2
# The fixed sweep METRICS.md reports beside the main setting; none is tuned on either split.
TFIDF_SWEEP = (0.1, 0.3, 0.5)


def shingles(text: str, *, size: int = SHINGLE_TOKENS) -> set[str]:
    """Lower-cased `\\w+` token n-grams; a text shorter than `size` tokens is one shingle."""
    tokens = WORD.findall(text.lower())
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def minhash_clusters(texts: Sequence[str], *, threshold: float = MINHASH_THRESHOLD) -> list[int]:
    """Connected components of "LSH candidate pair with estimated Jaccard >= threshold"."""
    from datasketch import MinHash, MinHashLSH

    signatures = []
    for text in texts:
        signature = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
        signature.update_batch([shingle.encode("utf-8") for shingle in shingles(text)])
        signatures.append(signature)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for index, signature in enumerate(signatures):
        lsh.insert(index, signature)
    edges = [
        (index, other)
        for index, signature in enumerate(signatures)
        for other in lsh.query(signature)
        if other != index and signature.jaccard(signatures[other]) >= threshold
    ]
    return connected_components(len(texts), edges)


def tfidf_clusters(texts: Sequence[str], *, similarity: float = TFIDF_SIMILARITY) -> list[int]:
    """Average-link clusters whose members are, on average, at least `similarity` cosine alike."""
    if len(texts) < 2:
        return list(range(len(texts)))
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    vectors = TfidfVectorizer(lowercase=True, stop_words="english", sublinear_tf=True)
    distances = cosine_distances(vectors.fit_transform(texts))
    clustering = AgglomerativeClustering(
        n_clusters=None,
        metric="precomputed",
        linkage="average",
        distance_threshold=1 - similarity,
    )
    return [int(label) for label in clustering.fit_predict(distances)]


def connected_components(count: int, edges: Sequence[tuple[int, int]]) -> list[int]:
    """Component labels of an undirected graph, numbered by each component's first node."""
    parent = list(range(count))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving keeps the trees shallow
            node = parent[node]
        return node

    for a, b in edges:
        parent[root(a)] = root(b)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(root(node), len(numbers)) for node in range(count)]
