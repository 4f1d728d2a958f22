"""The wizard's preview: which provisions a change of answers would add, remove or alter,
before anything is saved (the core's diff of the two regulations)."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from drafting.diff import DraftDiff, diff_instruments
from drafting.errors import AnswersError
from drafting.library import ClauseLibrary
from drafting.store.models import Draft
from drafting.web import documents
from drafting.web.compare import change_labels, cited


def preview_diff(
    lib: ClauseLibrary, draft: Draft, saved: dict[str, Any], entered: dict[str, Any]
) -> DraftDiff:
    """The diff between the regulation of the saved answers and of the answers entered.
    Raises AnswersError when either cannot make a draft."""
    language = draft.language_list[0]
    return diff_instruments(
        documents.instrument(lib, draft.country, saved, language),
        documents.instrument(lib, draft.country, entered, language),
        library=lib,
        old_name=_("Saved answers"),
        new_name=_("Your answers on this page"),
    )


def preview(
    lib: ClauseLibrary, draft: Draft, saved: dict[str, Any], entered: dict[str, Any]
) -> dict[str, Any]:
    """What templates/wizard/_preview.html shows: the counts, and the provisions the
    entered answers add, remove or alter (renumbering only counted); or why no preview."""
    try:
        diff = preview_diff(lib, draft, saved, entered)
    except AnswersError as exc:
        return {"problem": exc.message, "rows": [], "summary": [], "renumbered": 0}
    labels = change_labels()
    counts = diff.summary()
    rows = [
        (labels.get(c.type, c.type), cited(c), c.heading or c.detail.get("term", "") or "", c)
        for c in diff.changes
        if c.substantive
    ]
    return {
        "problem": "",
        "rows": rows,
        "summary": [
            (t, label, counts.get(t, 0))
            for t, label in labels.items()
            if counts.get(t) and t != "renumbered"
        ],
        "renumbered": sum(1 for c in diff.changes if not c.substantive),
        "answers": diff.answers,
    }
