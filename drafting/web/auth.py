"""Log in and out, the forced change of a one-time password, the user's own settings."""

from __future__ import annotations

from flask import (
    Blueprint,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from drafting.store import operations
from drafting.web.extensions import db
from drafting.web.i18n import UI_LANGUAGES

bp = Blueprint("auth", __name__)

_OPEN_ENDPOINTS = {"auth.login", "auth.logout", "auth.change_password", "auth.language", "static"}


@bp.before_app_request
def _require_new_password() -> ResponseReturnValue | None:
    """A user with a one-time password changes it before anything else."""
    if (
        current_user.is_authenticated
        and current_user.must_change_password
        and request.endpoint not in _OPEN_ENDPOINTS
        and not request.path.startswith("/api/")
    ):
        return redirect(url_for("auth.change_password"))
    return None


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("drafts.index")


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    if request.method == "GET":
        if current_user.is_authenticated:
            return redirect(url_for("drafts.index"))
        return render_template("auth/login.html", email="", error="")
    email = request.form.get("email", "")
    user = operations.authenticate(db.session, email, request.form.get("password", ""))
    if user is None:
        error = _("The e-mail address or the password is not right, or the account is disabled.")
        return render_template("auth/login.html", email=email, error=error), 401
    login_user(user)
    session.pop("ui_language", None)
    db.session.commit()
    if user.must_change_password:
        return redirect(url_for("auth.change_password"))
    return redirect(_safe_next(request.args.get("next")))


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    logout_user()
    flash(_("You are logged out."))
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> ResponseReturnValue:
    if request.method == "GET":
        return render_template("auth/password.html", errors={})
    form = request.form
    errors: dict[str, str] = {}
    if (
        not current_user.must_change_password
        and operations.authenticate(db.session, current_user.email, form.get("current", "")) is None
    ):
        errors["current"] = _("This is not your current password.")
    new = form.get("new", "")
    if len(new) < operations.MIN_PASSWORD_LENGTH:
        errors["new"] = _(
            "Choose a password of at least %(n)d characters.", n=operations.MIN_PASSWORD_LENGTH
        )
    elif new != form.get("confirm", ""):
        errors["confirm"] = _("The two new passwords are not the same.")
    if errors:
        return render_template("auth/password.html", errors=errors), 422
    operations.change_password(db.session, current_user, new)
    db.session.commit()
    flash(_("Your password is changed."))
    return redirect(url_for("drafts.index"))


@bp.post("/language")
def language() -> ResponseReturnValue:
    """The UI language: kept on the account when logged in, in the session otherwise."""
    chosen = request.form.get("language", "")
    if chosen not in UI_LANGUAGES:
        return render_template(
            "errors/error.html", status=400, code="400", message=_("Unknown language."), hint=""
        ), 400
    if current_user.is_authenticated:
        operations.set_ui_language(db.session, current_user, chosen)
        db.session.commit()
    else:
        session["ui_language"] = chosen
    return redirect(_safe_next(request.form.get("next")))


@bp.get("/account")
@login_required
def account() -> ResponseReturnValue:
    tokens = operations.user_tokens(db.session, current_user)
    return render_template("auth/account.html", tokens=tokens, new_token=None)


@bp.post("/account/tokens")
@login_required
def create_token() -> ResponseReturnValue:
    _token, plain = operations.create_token(db.session, current_user, request.form.get("name", ""))
    db.session.commit()
    tokens = operations.user_tokens(db.session, current_user)
    # Shown once, on this response only: only its hash is kept.
    return render_template("auth/account.html", tokens=tokens, new_token=plain)


@bp.post("/account/tokens/<int:token_id>/revoke")
@login_required
def revoke_token(token_id: int) -> ResponseReturnValue:
    operations.revoke_token(db.session, current_user, token_id)
    db.session.commit()
    flash(_("The token is revoked."))
    return redirect(url_for("auth.account"))
