"""The wizard: start a draft, one step per page, saved at every step, then the review page.

Works without JavaScript (plain forms; the server decides which questions a step asks);
with JavaScript, htmx re-draws a step's questions as answers change, without a reload."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from drafting.errors import AnswersError
from drafting.library import ClauseLibrary
from drafting.model import Profile, Question, QuestionType, Step
from drafting.store import operations
from drafting.store.models import Draft, Version
from drafting.web import documents, effects, questionnaire
from drafting.web.errors import problems_json
from drafting.web.extensions import db
from drafting.web.i18n import ui_language

bp = Blueprint("wizard", __name__)


def language_choices(lib: ClauseLibrary) -> list[tuple[str, Profile, list[str]]]:
    """(value, profile, languages) for each way a country's draft can be written."""
    out = []
    for profile in sorted(lib.profiles_by_id.values(), key=lambda p: p.names.get("en", p.id)):
        langs = list(profile.languages)
        if len(langs) > 1:
            out.append((f"{profile.id}:{','.join(langs)}", profile, langs))
        out.extend((f"{profile.id}:{x}", profile, [x]) for x in langs)
    return out


@bp.route("/drafts/new", methods=["GET", "POST"])
@login_required
def new() -> ResponseReturnValue:
    lib = documents.library()
    workspaces = operations.workspaces_of(db.session, current_user, writable=True)
    choices = language_choices(lib)
    if request.method == "GET":
        return render_template(
            "wizard/new.html", choices=choices, workspaces=workspaces, errors={}, form={}
        )
    form = request.form
    errors: dict[str, str] = {}
    chosen = next((c for c in choices if c[0] == form.get("country")), None)
    if chosen is None:
        errors["country"] = _("Choose the country and the language of the draft.")
    if not form.get("title", "").strip():
        errors["title"] = _("Give the draft a title.")
    workspace = next((w for w in workspaces if str(w.id) == form.get("workspace")), None)
    if workspace is None and len(workspaces) == 1:
        workspace = workspaces[0]
    if workspace is None:
        errors["workspace"] = _("Choose the workspace of the draft.")
    if errors or chosen is None or workspace is None:
        return render_template(
            "wizard/new.html", choices=choices, workspaces=workspaces, errors=errors, form=form
        ), 422
    _value, profile, langs = chosen
    draft = operations.create_draft(
        db.session,
        current_user,
        workspace=workspace,
        country=profile.id,
        title=form["title"],
        languages=langs,
        answers={},
        library_version=lib.version,
        model_hash=documents.model_hash(lib, profile.id, {}),
        note="created",
    )
    db.session.commit()
    first = questionnaire.steps(lib)[0]
    return redirect(url_for("wizard.step", draft_id=draft.id, step_id=first.id))


def _context(draft_id: int, step_id: str) -> tuple[ClauseLibrary, Draft, Profile, Step, Version]:
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user, write=True)
    step = questionnaire.step_by_id(lib, step_id)
    if step is None:
        abort(404)
    return (
        lib,
        draft,
        lib.profile(draft.country),
        step,
        operations.latest_version(db.session, draft),
    )


def _fields(
    lib: ClauseLibrary,
    draft: Draft,
    given: dict[str, Any],
    step: Step,
    shown: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
) -> list[questionnaire.FieldState]:
    """The questions the step asks for these answers, with the values and errors to show,
    and the note on those whose answers can ask for more than the regulation's powers."""
    shown, errors = shown or {}, errors or {}
    profile = lib.profile(draft.country)
    values, asked = questionnaire.effective_values(lib, profile, given)
    notes = questionnaire.power_notes(lib, profile, values, draft.language_list[0])
    out = []
    for qid in asked:
        question = lib.questions_by_id[qid]
        if question.step != step.id:
            continue
        value = shown[qid] if qid in shown else questionnaire.display(question, values.get(qid))
        out.append(
            questionnaire.FieldState(
                question=question,
                shown=value,
                error=errors.get(qid, ""),
                is_default=qid not in given,
                note=notes.by_question.get(qid, ""),
                note_lang=notes.lang,
            )
        )
    return out


def _render_step(
    draft: Draft,
    version: Version,
    step: Step,
    fields: list[questionnaire.FieldState],
    *,
    status: int = 200,
    notice: str = "",
    conflict: str = "",
    base: int | None = None,
    preview: dict[str, Any] | None = None,
) -> ResponseReturnValue:
    lib = documents.library()
    steps = questionnaire.steps(lib)
    index = [s.id for s in steps].index(step.id)
    page = render_template(
        "wizard/step.html",
        draft=draft,
        profile=lib.profile(draft.country),
        step=step,
        steps=steps,
        index=index,
        done=set(version.steps_done),
        fields=fields,
        errors=[f for f in fields if f.error],
        notice=notice,
        conflict=conflict,
        base=version.number if base is None else base,
        return_to=request.values.get("return", ""),
        preview=preview,
    )
    return page, status


@bp.get("/drafts/<int:draft_id>/steps/<step_id>")
@login_required
def step(draft_id: int, step_id: str) -> ResponseReturnValue:
    lib, draft, _profile, step, version = _context(draft_id, step_id)
    return _render_step(draft, version, step, _fields(lib, draft, version.answers, step))


def _table_action(lib: ClauseLibrary, action: str, shown: dict[str, Any]) -> bool:
    """Adds or removes a table row as the button asked; True if it was such a button."""
    kind, _sep, rest = action.partition(":")
    if kind not in ("add-row", "remove-row"):
        return False
    qid, _sep, index = rest.partition(":")
    question = lib.questions_by_id.get(qid)  # type: ignore[call-overload]
    if question is None or question.type is not QuestionType.TABLE:
        abort(400)
    rows = list(shown.get(qid) or [])
    if kind == "add-row":
        rows.append(questionnaire.blank_row(question))
    elif index.isdigit() and int(index) < len(rows):
        rows.pop(int(index))
    shown[qid] = rows
    return True


def _read_step(
    lib: ClauseLibrary, step: Step, given: dict[str, Any]
) -> tuple[list[Question], questionnaire.StepForm]:
    """The questions the submitted page showed, and what the form says for them."""
    shown_ids = request.form.getlist("_shown")
    questions = [
        lib.questions_by_id[q]  # type: ignore[index]
        for q in shown_ids
        if q in lib.questions_by_id and lib.questions_by_id[q].step == step.id  # type: ignore[index]
    ]
    return questions, questionnaire.read_form(questions, request.form)


@bp.post("/drafts/<int:draft_id>/steps/<step_id>/questions")
@login_required
def refresh(draft_id: int, step_id: str) -> ResponseReturnValue:
    """htmx: the step's questions again, for the answers on the page (nothing is saved)."""
    lib, draft, profile, step, version = _context(draft_id, step_id)
    _questions, read = _read_step(lib, step, version.answers)
    _table_action(lib, request.form.get("_action", ""), read.shown)
    fields = _fields(lib, draft, {**version.answers, **read.answers}, step, read.shown)
    return render_template(
        "wizard/_questions.html", fields=fields, profile=profile, draft=draft, step=step
    )


@bp.post("/drafts/<int:draft_id>/steps/<step_id>")
@login_required
def save_step(draft_id: int, step_id: str) -> ResponseReturnValue:
    lib, draft, profile, step, version = _context(draft_id, step_id)
    questions, read = _read_step(lib, step, version.answers)
    action = request.form.get("_action", "next")
    candidate = {**version.answers, **read.answers}
    if _table_action(lib, action, read.shown):
        fields = _fields(lib, draft, candidate, step, read.shown)
        return _render_step(draft, version, step, fields, base=_base())
    if action == "preview":
        return _preview(lib, draft, profile, step, version, read, candidate)
    base = _base()
    if base != version.number:
        # Someone saved in between: keep this writer's answers on the page to reapply.
        fields = _fields(lib, draft, candidate, step, read.shown, read.errors)
        author = version.author.name or version.author.email
        conflict = _(
            "%(author)s saved version %(n)d of this draft while you were editing. Your answers "
            "on this page are not saved yet: they are kept below. Check them against the "
            "current version and save again.",
            author=author,
            n=version.number,
        )
        return _render_step(draft, version, step, fields, status=409, conflict=conflict)
    errors = dict(read.errors)
    if not errors:
        errors.update(_problems_in_step(lib, profile, candidate, step))
    fields = _fields(lib, draft, candidate, step, read.shown, errors)
    if errors:
        return _render_step(draft, version, step, fields, status=422)
    newly = [f for f in fields if f.question.id not in {q.id for q in questions}]
    if newly:
        notice = _("Your answers bring up more questions on this page: answer them, then save.")
        return _render_step(draft, version, step, fields, notice=notice)
    operations.save_version(
        db.session,
        draft,
        current_user,
        base=base,
        answers=candidate,
        steps_done=[*version.steps_done, step.id],
        library_version=lib.version,
        model_hash=documents.model_hash(lib, draft.country, candidate),
        note=f"step {step.id}",
    )
    db.session.commit()
    return redirect(_after(draft, step, action))


def _preview(
    lib: ClauseLibrary,
    draft: Draft,
    profile: Profile,
    step: Step,
    version: Version,
    read: questionnaire.StepForm,
    candidate: dict[str, Any],
) -> ResponseReturnValue:
    """The step again with the answers entered kept, and above it what they would add,
    remove or alter in the draft (nothing is saved); invalid answers: the usual errors."""
    errors = dict(read.errors)
    if not errors:
        errors.update(_problems_in_step(lib, profile, candidate, step))
    fields = _fields(lib, draft, candidate, step, read.shown, errors)
    if errors:
        return _render_step(draft, version, step, fields, status=422, base=_base())
    effect = effects.preview(lib, draft, version.answers, candidate)
    return _render_step(draft, version, step, fields, base=_base(), preview=effect)


def _base() -> int:
    try:
        return int(request.form.get("base_version", ""))
    except ValueError:
        abort(400)


def _problems_in_step(
    lib: ClauseLibrary, profile: Profile, answers: dict[str, Any], step: Step
) -> dict[str, str]:
    """The core's verdict on the answers, for the questions of this step (refusals included)."""
    try:
        documents.validated(lib, profile, answers, ui_language())
    except AnswersError as exc:
        found: dict[str, str] = {}
        for problem in problems_json(exc):
            for qid in problem.get("questions", []):
                question = lib.questions_by_id.get(qid)
                if question is not None and question.step == step.id and qid not in found:
                    found[qid] = problem["message"]
        return found
    return {}


def _after(draft: Draft, step: Step, action: str) -> str:
    steps = questionnaire.steps(documents.library())
    index = [s.id for s in steps].index(step.id)
    if action == "back" and index > 0:
        return url_for("wizard.step", draft_id=draft.id, step_id=steps[index - 1].id)
    if action == "review" or index == len(steps) - 1:
        return url_for("wizard.review", draft_id=draft.id)
    if action == "back":
        return url_for("drafts.show", draft_id=draft.id)
    return url_for("wizard.step", draft_id=draft.id, step_id=steps[index + 1].id)


@bp.get("/drafts/<int:draft_id>/review")
@login_required
def review(draft_id: int) -> ResponseReturnValue:
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user)
    version = operations.latest_version(db.session, draft)
    return _render_review(lib, draft, version)


def _render_review(
    lib: ClauseLibrary, draft: Draft, version: Version, status: int = 200
) -> ResponseReturnValue:
    profile = lib.profile(draft.country)
    values, asked = questionnaire.effective_values(lib, profile, version.answers)
    problems: list[dict[str, Any]] = []
    try:
        documents.validated(lib, profile, version.answers, ui_language())
    except AnswersError as exc:
        problems = problems_json(exc)
    notes = questionnaire.power_notes(lib, profile, values, draft.language_list[0])
    by_step = []
    for step in questionnaire.steps(lib):
        rows = [
            (
                lib.questions_by_id[qid],
                questionnaire.answer_text(
                    lib.questions_by_id[qid], values.get(qid), profile, ui_language()
                ),
                notes.by_question.get(qid, ""),
            )
            for qid in asked
            if lib.questions_by_id[qid].step == step.id
        ]
        by_step.append((step, rows))
    return render_template(
        "wizard/review.html",
        draft=draft,
        version=version,
        by_step=by_step,
        note_lang=notes.lang,
        problems=problems,
        can_write=operations.can_write(db.session, draft, current_user),
    ), status


@bp.post("/drafts/<int:draft_id>/review")
@login_required
def finish(draft_id: int) -> ResponseReturnValue:
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user, write=True)
    version = operations.latest_version(db.session, draft)
    try:
        documents.validated(lib, lib.profile(draft.country), version.answers, ui_language())
    except AnswersError:
        return _render_review(lib, draft, version, status=422)
    return redirect(url_for("drafts.show", draft_id=draft.id))


@bp.app_context_processor
def _helpers() -> dict[str, Any]:
    return {"unit_text": questionnaire.unit_text}
