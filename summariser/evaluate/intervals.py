"""95 % bootstrap intervals over articles: how far a figure would move on another sample of articles.

Articles are the unit that was sampled (records in one article are not independent), so each
resample draws articles with replacement and recomputes the micro-averaged figure from their
summed counts. Seeded, so the same run gives the same interval. Percentile intervals; with a
handful of articles they are wide, which is the point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

RESAMPLES = 1000
SEED = 20251130
LEVEL = 0.95


def _resampled_sums(rows: Sequence[Sequence[float]], resamples: int, seed: int) -> npt.NDArray[np.float64]:
    import numpy as np

    data = np.asarray(rows, dtype=float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(data), size=(resamples, len(data)))
    sums: npt.NDArray[np.float64] = data[idx].sum(axis=1)  # (resamples, columns)
    return sums


def _percentiles(values: npt.NDArray[np.float64]) -> list[float]:
    import numpy as np

    tail = (1 - LEVEL) / 2 * 100
    lo, hi = np.percentile(values, [tail, 100 - tail])
    return [round(float(lo), 4), round(float(hi), 4)]


def prf_intervals(per_article: Sequence[tuple[int, int, int]], resamples: int = RESAMPLES,
                  seed: int = SEED) -> Optional[dict[str, list[float]]]:
    """Intervals for precision, recall and F1 from per-article (tp, fp, fn); None without articles
    or without resamples (`--resamples 0`). An empty denominator counts as 1.0, as in `PRF`."""
    import numpy as np

    if not per_article or resamples < 1:
        return None
    sums = _resampled_sums(per_article, resamples, seed)
    tp, fp, fn = sums[:, 0], sums[:, 1], sums[:, 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(tp + fp > 0, tp / (tp + fp), 1.0)
        r = np.where(tp + fn > 0, tp / (tp + fn), 1.0)
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    return {"precision": _percentiles(p), "recall": _percentiles(r), "f1": _percentiles(f)}


def ratio_interval(per_article: Sequence[tuple[int, int]], resamples: int = RESAMPLES, seed: int = SEED,
                   empty: float = 1.0) -> Optional[list[float]]:
    """Interval for sum(hits) / sum(total) from per-article (hits, total); `empty` when total is 0.
    None without articles, without any total, or without resamples."""
    import numpy as np

    if not per_article or resamples < 1 or not any(t for _, t in per_article):
        return None
    sums = _resampled_sums(per_article, resamples, seed)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(sums[:, 1] > 0, sums[:, 0] / sums[:, 1], empty)
    return _percentiles(ratio)
