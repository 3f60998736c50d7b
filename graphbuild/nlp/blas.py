"""Which matrix-product library a loaded pipeline computes with.

thinc's CPU backend multiplies matrices with its bundled BLIS by default. On the machines we measured (AMD EPYC,
AVX2), BLIS ran a tok2vec-sized product (7,000 x 384 by 384 x 384) at 21 GFLOP/s on one thread, numpy's
OpenBLAS at 70: the bundled pipelines parse about twice as fast through numpy. Both compute the same products;
only float rounding differs. ``GRAPHBUILD_BLAS=blis`` keeps thinc's default.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from graphbuild.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

Backend = Literal["numpy", "blis"]
BACKENDS: tuple[Backend, ...] = ("numpy", "blis")
ENV = "GRAPHBUILD_BLAS"


def backend() -> Backend:
    """The backend ``GRAPHBUILD_BLAS`` asks for; numpy when unset."""
    wanted = os.environ.get(ENV, "numpy").strip().lower() or "numpy"
    if wanted not in BACKENDS:
        raise ModelError("M006", f"{ENV}={wanted!r} is not a matrix backend; use one of: {', '.join(BACKENDS)}.")
    return wanted  # type: ignore[return-value]


def use_backend(nlp: Language, name: Backend | None = None) -> Backend | None:
    """Make every CPU model of ``nlp`` multiply through ``name`` (default :func:`backend`).

    Models on another device (GPU ops) are left alone. Returns the backend set, or None when nothing was changed.
    """
    from thinc.api import Model, NumpyOps

    name = name or backend()
    ops = NumpyOps(use_blis=name == "blis")
    changed = False
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # not GPU ops, not a faster subclass such as AppleOps
                node.ops = ops
                changed = True
    return name if changed else None
