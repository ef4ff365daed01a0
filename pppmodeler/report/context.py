"""What every sheet builder needs: the model, the engine's results, the book and the words."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.inputs import Model
from ..core.results import Results
from .book import Book
from .expr import Expr, Name, Range, Ref
from .inputs_sheet import input_name
from .words import Words


@dataclass
class Ctx:
    model: Model
    results: Results
    book: Book
    words: Words
    currency: str                 # the currency unit, as shown
    sheet_titles: dict            # role -> worksheet name

    def __post_init__(self):
        # One price-index row per owner of an IPC + x indexation (see timeline.py).
        self.indices: list[tuple[str, str, str]] = []   # (owner, label, spread input path)

    # engine numbers, iteration 0
    def line(self, name: str) -> np.ndarray:
        return np.asarray(self.results.lines[name][0], dtype=float)

    def ratio(self, name: str) -> np.ndarray:
        return np.asarray(self.results.ratios[name][0], dtype=float)

    @property
    def grid(self):
        return self.results.grid

    # expressions
    @staticmethod
    def inp(path: str) -> Name:
        return Name(input_name(path))

    @staticmethod
    def r(key: str) -> Ref:
        return Ref(key)

    @staticmethod
    def prev(key: str) -> Ref:
        return Ref(key, -1)

    @staticmethod
    def rng(key: str) -> Range:
        return Range(key)

    def index(self, indexation: str, spread_path: str, owner: str, label: str) -> Expr | None:
        """The price index row of an indexation (None for ``none``)."""
        if indexation == "none":
            return None
        if indexation == "cpi_plus" and spread_path:
            if owner not in {o for o, _, _ in self.indices}:
                self.indices.append((owner, label, spread_path))
            return Ref(f"tl.idx.{owner}")
        return Ref("tl.idx.cpi")

    def t(self, key: str, **values) -> str:
        return self.words(key, **values)
