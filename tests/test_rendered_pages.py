"""Open what users get in LibreOffice: every Word output must convert to PDF, and the first
pages are kept as PNG test artefacts (tests/artifacts/) for a person to look at."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from drafting.render.docx import render_docx
from drafting.render.parallel import render_docx_parallel
from tests.conftest import ROOT
from tests.factories import make_example

ARTIFACTS = ROOT / "tests" / "artifacts"
SOFFICE = shutil.which("soffice")
PDFTOPPM = shutil.which("pdftoppm")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tools():
    if not (SOFFICE and PDFTOPPM):
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice and poppler must be installed in CI (.ci/run installs them)")
        pytest.skip("LibreOffice or poppler is not installed here")
    return SOFFICE, PDFTOPPM


_instrument = make_example


@pytest.fixture(scope="module")
def rendered(library, tools, tmp_path_factory):
    """The examples as Word, converted to PDF in one LibreOffice run."""
    soffice, _ = tools
    folder = tmp_path_factory.mktemp("pages")
    documents = {
        "zm": render_docx(_instrument(library, "ZM", "en")),
        "py": render_docx(_instrument(library, "PY", "es")),
        "rw-fr": render_docx(_instrument(library, "RW", "fr"), drafting_notes=False),
        "rw-parallel": render_docx_parallel(
            [_instrument(library, "RW", "en"), _instrument(library, "RW", "fr")],
            translator=library.profile("RW").translator_labels,
            drafting_notes=False,
        ),
    }
    for name, payload in documents.items():
        (folder / f"{name}.docx").write_bytes(payload)
    profile_dir = folder / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile_dir}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(folder / f"{name}.docx") for name in documents),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return folder, list(documents)


@pytest.mark.parametrize("name", ["zm", "py", "rw-fr", "rw-parallel"])
def test_word_output_converts_to_pdf_and_pages_are_kept(rendered, tools, name):
    folder, _ = rendered
    _, pdftoppm = tools
    pdf = folder / f"{name}.pdf"
    assert pdf.exists(), f"LibreOffice could not open {name}.docx"

    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(
        [pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "3", str(pdf), str(ARTIFACTS / name)],
        check=True,
        timeout=120,
    )

    pages = sorted(ARTIFACTS.glob(f"{name}-*.png"))
    assert len(pages) == 3
    assert all(page.stat().st_size > 5_000 for page in pages)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert (
        int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))) > 5
    )
