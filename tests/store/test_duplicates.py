"""Near-duplicates: MinHash signatures, LSH band keys, and copies found across a list."""

from __future__ import annotations

from newsfacts.store.duplicates import (
    NUM_PERM,
    THRESHOLD,
    band_keys,
    bands,
    duplicate_pairs,
    jaccard,
    shingles,
    signature,
)
from tests.store.sheets import long_text


def test_duplicates_shingles_of_short_and_long_texts() -> None:
    assert shingles("") == set()
    assert shingles("Two words") == {"two words"}
    assert len(shingles("one two three four five six")) == 2


def test_duplicates_signature_is_stable_and_none_without_words() -> None:
    assert signature("...") is None
    text = long_text(3)
    assert signature(text) == signature(text)
    assert jaccard(signature(text), signature(text)) == 1.0


def test_duplicates_bands_are_the_ones_datasketch_picks() -> None:
    # written down so the ingest writer never imports datasketch (seconds of scipy imports)
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert bands() == (lsh.b, lsh.r)


def test_duplicates_signature_is_datasketchs_minhash_value_for_value() -> None:
    # written out with numpy so no process that plans rows imports datasketch (40 MB)
    import numpy as np
    from datasketch import MinHash

    for text in (long_text(1), long_text(7), "Déjà vu: über 12 ünits — in ½ a day, twice."):
        minhash = MinHash(num_perm=NUM_PERM, seed=1)
        minhash.update_batch([gram.encode("utf-8") for gram in shingles(text)])
        assert signature(text) == minhash.hashvalues.astype(np.dtype("<u4")).tobytes()


def test_duplicates_band_keys_one_per_band() -> None:
    count, rows = bands()
    assert count * rows <= 128
    assert len(band_keys(signature(long_text(4)))) == count


def test_duplicates_pairs_find_copies_not_other_texts() -> None:
    original = long_text(5)
    edited = original.replace("pier", "quay", 1) + " Additional reporting by staff."
    pairs = duplicate_pairs([signature(t) for t in (original, long_text(6), edited, "")])
    assert [(a, b) for a, b, _ in pairs] == [(0, 2)]
    assert pairs[0][2] >= THRESHOLD
