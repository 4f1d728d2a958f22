"""UI languages (English, Spanish, French) with Flask-Babel, chosen per user.

The library's own texts (question labels, help, step titles) are picked in the same
language by the `ml` filter; the draft's language is the draft's, independent of the UI's."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from flask import Flask, request, session
from flask_babel import Babel, get_locale
from flask_login import current_user

UI_LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
TRANSLATIONS = Path(__file__).resolve().parent / "translations"

babel = Babel()


def select_locale() -> str:
    if current_user and current_user.is_authenticated and current_user.ui_language:
        return str(current_user.ui_language)
    chosen = session.get("ui_language")
    if chosen in UI_LANGUAGES:
        return str(chosen)
    return request.accept_languages.best_match(list(UI_LANGUAGES)) or "en"


def ui_language() -> str:
    return str(get_locale() or "en")


def in_ui_language(text: Mapping[str, str] | None) -> str:
    """A library text in the UI's language, else English, else any language it has."""
    if not text:
        return ""
    return text.get(ui_language()) or text.get("en") or next(iter(text.values()), "")


def init_app(app: Flask) -> None:
    babel.init_app(
        app,
        locale_selector=select_locale,
        default_translation_directories=str(TRANSLATIONS),
    )
    app.jinja_env.filters["ml"] = in_ui_language
    app.jinja_env.globals["ui_language"] = ui_language
    app.jinja_env.globals["UI_LANGUAGES"] = UI_LANGUAGES
