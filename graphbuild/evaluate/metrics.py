"""Precision, recall and F1 as the ``graphbuild eval`` JSON reports them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass
class PRF:
    """Counts behind precision/recall: matched predictions, all predictions, matched gold, all gold."""

    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.tp_gold += other.tp_gold
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "predicted": self.pred, "gold": self.gold, "matched": self.tp_gold}


def multiset_match(pred: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
    """Match two multisets of keys; each gold key can be matched once."""
    p, g = Counter(pred), Counter(gold)
    tp = sum((p & g).values())
    return PRF(tp_pred=tp, pred=sum(p.values()), tp_gold=tp, gold=sum(g.values()))
