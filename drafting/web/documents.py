"""From a saved version to documents: validated answers, the instrument, its renderings.

The core does all the drafting; this module only calls it, keeps the last instruments
built (assembly is pure, so equal inputs give equal instruments) and names the files."""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from flask import current_app

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import AnswersError, Code, RenderError
from drafting.library import ClauseLibrary
from drafting.model import Answers, Instrument, InstrumentKind, Profile
from drafting.render.akn import render_akn
from drafting.render.docx import render_docx
from drafting.render.html import render_html_page
from drafting.render.parallel import render_docx_parallel
from drafting.serialize import dumps

_CACHE_SIZE = 48
_cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()


def library() -> ClauseLibrary:
    lib: ClauseLibrary = current_app.extensions["clause_library"]
    return lib


def _cached(key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    value = make()
    _cache[key] = value
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return value


def _key(
    lib: ClauseLibrary, country: str, answers: Mapping[str, Any], *rest: Any
) -> tuple[Any, ...]:
    return (lib.version, country, json.dumps(answers, sort_keys=True), *rest)


def validated(
    lib: ClauseLibrary, profile: Profile, answers: Mapping[str, Any], language: str | None = None
) -> Answers:
    """Raises AnswersError listing every problem with its question id."""
    return validate_answers(lib, profile, dict(answers), language)


def instrument(
    lib: ClauseLibrary,
    country: str,
    answers: Mapping[str, Any],
    language: str | None = None,
    kind: InstrumentKind = InstrumentKind.REGULATION,
) -> Instrument:
    """The assembled instrument for these answers, in `language` (default: the country's):
    the regulation, or its companion bill. Raises AssemblyError A405 for a bill the
    answers do not call for (errors.py answers it with a 404)."""
    profile = lib.profile(country)
    language = language or profile.languages[0]

    def make() -> Instrument:
        return assemble(lib, profile, validated(lib, profile, answers), language, kind)

    built: Instrument = _cached(_key(lib, country, answers, kind.value, language), make)
    return built


def model_hash(lib: ClauseLibrary, country: str, answers: Mapping[str, Any]) -> str | None:
    """SHA-256 of the draft model these answers produce; None while they are incomplete."""
    try:
        model = dumps(instrument(lib, country, answers))
    except AnswersError:
        return None
    return hashlib.sha256(model.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Request:
    """What a download asks for: the draft's country and answers, languages, clean copy,
    and which instrument (the regulation or its companion bill)."""

    country: str
    answers: Mapping[str, Any]
    languages: tuple[str, ...]
    clean: bool = False
    kind: InstrumentKind = InstrumentKind.REGULATION

    def build(self, lib: ClauseLibrary, language: str) -> Instrument:
        return instrument(lib, self.country, self.answers, language, self.kind)


@dataclass(frozen=True, slots=True)
class DownloadKind:
    """A downloadable file of a draft: its file name suffix, media type and renderer."""

    filename: str
    mimetype: str
    render: Callable[[ClauseLibrary, Request], bytes]
    parallel: bool = False  # accepts several languages side by side
    instrument: InstrumentKind = InstrumentKind.REGULATION


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx(lib: ClauseLibrary, req: Request) -> bytes:
    profile = lib.profile(req.country)
    translator = profile.translator_labels
    written = [x for x in req.languages if not (translator and x == translator.language)]
    with_translator = translator is not None and len(written) < len(req.languages)
    if len(req.languages) == 1:
        one = req.languages[0]

        def single() -> bytes:
            return render_docx(req.build(lib, one), drafting_notes=not req.clean)

        payload: bytes = _cached(
            _key(lib, req.country, req.answers, "docx", req.kind.value, one, req.clean), single
        )
        return payload
    if len(written) < 2 and not with_translator:
        raise RenderError(
            Code.UNSUPPORTED_FORMAT,
            "Languages side by side need at least two languages.",
            hint=f"For {profile.id}: lang={','.join(profile.languages)}.",
        )

    def parallel() -> bytes:
        return render_docx_parallel(
            [req.build(lib, x) for x in written],
            translator=translator if with_translator else None,
            drafting_notes=not req.clean,
        )

    key = _key(lib, req.country, req.answers, "parallel", req.kind.value, req.languages, req.clean)
    payload = _cached(key, parallel)
    return payload


def _json(lib: ClauseLibrary, req: Request) -> bytes:
    return dumps(req.build(lib, req.languages[0])).encode()


def _akn(lib: ClauseLibrary, req: Request) -> bytes:
    return render_akn(req.build(lib, req.languages[0]))


def _html(lib: ClauseLibrary, req: Request) -> bytes:
    return render_html_page(req.build(lib, req.languages[0])).encode()


def _files(stem: str, kind: InstrumentKind) -> dict[str, DownloadKind]:
    return {
        f"{stem}.docx": DownloadKind("docx", DOCX, _docx, parallel=True, instrument=kind),
        f"{stem}.json": DownloadKind("json", "application/json", _json, instrument=kind),
        f"{stem}.xml": DownloadKind("xml", "application/akn+xml", _akn, instrument=kind),
        f"{stem}.html": DownloadKind("html", "text/html; charset=utf-8", _html, instrument=kind),
    }


# The files of a draft, by URL name: the regulation ("document") and its companion bill,
# which exists only when the answers put something in one (else a 404, code A405).
DOWNLOADS: dict[str, DownloadKind] = {
    **_files("document", InstrumentKind.REGULATION),
    **_files("bill", InstrumentKind.BILL),
}


def requested_languages(profile: Profile, asked: str | None, default: list[str]) -> tuple[str, ...]:
    """The languages of `?lang=en,fr`, checked against the country's; default: the draft's.

    Raises RenderError X501 for a language the country is not drafted in."""
    wanted = [x.strip() for x in (asked or "").split(",") if x.strip()] or default[:1]
    allowed = list(profile.languages)
    if profile.translator_labels:
        allowed.append(profile.translator_labels.language)
    bad = [x for x in wanted if x not in allowed]
    if bad:
        raise RenderError(
            Code.UNSUPPORTED_FORMAT,
            f"{profile.names.get('en', profile.id)} drafts are not written in {', '.join(bad)}.",
            hint=f"Languages for {profile.id}: {', '.join(allowed)}.",
        )
    return tuple(wanted)
