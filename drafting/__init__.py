"""E-waste regulation drafting assistant: the pure core (library, rules, assembly, rendering)."""

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import DraftingError
from drafting.library import ClauseLibrary, load_library
from drafting.model import Answers, Instrument, Profile

__version__ = "0.1.0"
__all__ = [
    "Answers",
    "ClauseLibrary",
    "DraftingError",
    "Instrument",
    "Profile",
    "__version__",
    "assemble",
    "load_library",
    "validate_answers",
]
