"""The figures an instrument may print (a schedule's marking symbol), as SVG for the web
and Akoma Ntoso and as PNG for Word. A block names one by id (`"figure"` in the clause
library); the schema lists the ids."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from drafting.model import Multilingual


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    alt: Multilingual  # what it shows, for readers who cannot see it
    width_cm: float  # printed width in Word


FIGURES = {
    "weee-symbol": Figure(
        id="weee-symbol",
        alt={
            "en": "Symbol: a wheeled waste bin crossed out by two diagonal lines",
            "es": "Símbolo: contenedor de basura con ruedas tachado con dos líneas diagonales",
            "fr": "Symbole : poubelle sur roues barrée de deux traits en diagonale",
        },
        width_cm=2.2,
    ),
}


def figure_bytes(figure_id: str, kind: str) -> bytes:
    """The figure's file: kind "svg" or "png"."""
    return (files(__package__) / f"{figure_id}.{kind}").read_bytes()


def alt_text(figure_id: str, language: str) -> str:
    alt = FIGURES[figure_id].alt
    return alt.get(language) or alt.get("en") or next(iter(alt.values()))
