"""Near-duplicates: syndicated wire copy and light rewrites of one text, by MinHash LSH.

Signatures are datasketch MinHashes of 5-token shingles (as the `stories` peer in
evaluate/peers/stories.py and METRICS.md describe). The LSH band keys live in the corpus
(`lsh_bands`), so an article finds earlier copies with one indexed lookup per band however many
ingest runs came before, and a killed ingest loses nothing it had committed. The number of
bands and rows is the one datasketch's `MinHashLSH` picks for the threshold, written down
(BANDS, a test checks it): asking datasketch costs the ingest writer seconds of imports
(scipy.integrate), and the writer needs no MinHash of its own. The MinHash itself is
datasketch's default one (SHA-1 32-bit hashes, the MurmurHash3 finalizer, affine permutations
mod 2**32 from a seeded RandomState) written out here with numpy, value for value (a test
compares them): importing datasketch held 40 MB in every process that plans rows, and it drew
new permutations for every article.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

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
    grams = shingles(text)
    if not grams:
        return None
    hashes = np.fromiter((_sha1_32(gram.encode("utf-8")) for gram in grams), _DTYPE, len(grams))
    a, b = _permutations()
    permuted = _fmix(hashes).reshape(-1, 1) * a + b  # uint32: wraps around, i.e. mod 2**32
    return permuted.min(axis=0).astype(_DTYPE).tobytes()


def _sha1_32(data: bytes) -> int:
    """datasketch's sha1_hash32: the first 4 bytes of the SHA-1 digest, little-endian."""
    return int.from_bytes(hashlib.sha1(data).digest()[:4], "little")


def _fmix(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to every hash first."""
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the NUM_PERM permutations h -> a * h + b, drawn as datasketch draws them."""
    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


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
