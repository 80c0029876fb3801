"""Near-duplicates: syndicated wire copy and light rewrites of one text, by MinHash LSH.

Signatures are datasketch MinHashes of 5-token shingles (as the `stories` peer in
evaluate/peers/stories.py and METRICS.md describe). The LSH band keys live in the corpus
(`lsh_bands`), so an article finds earlier copies with one indexed lookup per band however many
ingest runs came before, and a killed ingest loses nothing it had committed. The number of
bands and rows is the one datasketch's `MinHashLSH` picks for the threshold, written down
(BANDS, a test checks it): asking datasketch costs the ingest writer seconds of imports
(scipy.integrate), and the writer needs no MinHash of its own.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

WORD = re.compile(r"\w+")
SHINGLE_TOKENS = 5
NUM_PERM = 128
SEED = 1
# Estimated Jaccard of shingle sets above which two articles are copies of one text.
THRESHOLD = 0.5
# datasketch keeps hash values below 2**32, so 4 bytes a permutation lose nothing.
_DTYPE = np.dtype("<u4")
# (bands, rows per band) that datasketch's MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
# chooses; tests/store/test_duplicates.py asks datasketch and compares.
BANDS = (25, 5)


def shingles(text: str, *, size: int = SHINGLE_TOKENS) -> set[str]:
    """Lower-cased `\\w+` token n-grams; a text shorter than `size` tokens is one shingle."""
    tokens = WORD.findall(text.lower())
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash of `text` as bytes; None for a text without words (nothing to compare)."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch([gram.encode("utf-8") for gram in grams])
    return minhash.hashvalues.astype(_DTYPE).tobytes()


def bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch chooses for THRESHOLD and NUM_PERM."""
    return BANDS


def band_keys(minhash: bytes) -> list[int]:
    """One signed 64-bit key per LSH band: articles sharing a key are candidate copies."""
    count, rows = bands()
    width = rows * _DTYPE.itemsize
    return [
        int.from_bytes(
            hashlib.blake2b(minhash[band * width : (band + 1) * width], digest_size=8).digest(),
            "little",
            signed=True,
        )
        for band in range(count)
    ]


def jaccard(a: bytes, b: bytes) -> float:
    """MinHash estimate of the shingle sets' Jaccard similarity."""
    return float(np.mean(np.frombuffer(a, _DTYPE) == np.frombuffer(b, _DTYPE)))


def duplicate_pairs(signatures: list[bytes | None]) -> list[tuple[int, int, float]]:
    """(i, j, jaccard) for every pair i < j of near-duplicates in one list of signatures."""
    buckets: dict[tuple[int, int], list[int]] = {}
    for index, minhash in enumerate(signatures):
        if minhash is not None:
            for band, key in enumerate(band_keys(minhash)):
                buckets.setdefault((band, key), []).append(index)
    candidates = {(a, b) for members in buckets.values() for a in members for b in members if a < b}
    pairs = []
    for a, b in sorted(candidates):
        first, second = signatures[a], signatures[b]
        if first is not None and second is not None:
            score = jaccard(first, second)
            if score >= THRESHOLD:
                pairs.append((a, b, score))
    return pairs
