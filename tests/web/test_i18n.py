"""UI languages: every message of the code and templates is translated into es and fr."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from drafting.web.i18n import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]


def _ids(path: Path) -> set[str]:
    with path.open("rb") as f:
        return {m.id for m in read_po(f) if m.id}


def test_the_template_catalogue_is_up_to_date(tmp_path):
    fresh = tmp_path / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")

    subprocess.run(
        [str(pybabel), "extract", "-F", "babel.cfg", "-o", str(fresh), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )

    assert _ids(fresh) == _ids(TRANSLATIONS / "messages.pot"), "run `make messages`"


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_message_is_translated(language):
    with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
        catalogue = read_po(f)

    untranslated = [m.id for m in catalogue if m.id and not m.string]
    ids = {m.id for m in catalogue if m.id}

    assert untranslated == []
    assert ids == _ids(TRANSLATIONS / "messages.pot")


def test_question_labels_follow_the_ui_language(drafter, library):
    from tests.web.conftest import start_draft

    draft_id = start_draft(drafter)
    drafter.post("/language", {"language": "fr"})

    page = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    assert library.questions_by_id["epr_mandatory"].label["fr"].replace("'", "&#39;") in page
    assert "Enregistrer et continuer" in page


def test_the_drafts_language_does_not_follow_the_ui(drafter):
    from tests.web.conftest import start_draft

    draft_id = start_draft(drafter)
    drafter.post("/language", {"language": "es"})

    page = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)

    assert '<article class="instrument" lang="en"' in page
    assert "Descargar" in page
