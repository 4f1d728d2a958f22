"""Administration of users and workspaces, for admins (the same as the `flask users` commands)."""

from __future__ import annotations

from functools import wraps
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from drafting.store import operations
from drafting.store.models import Role, User, Workspace
from drafting.web.extensions import db

bp = Blueprint("admin", __name__, url_prefix="/admin")


def admin_required(view: Any) -> Any:
    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_admin:
            abort(404)  # the admin pages do not exist for others
        return view(*args, **kwargs)

    return wrapped


def _page(status: int = 200, **extra: Any) -> ResponseReturnValue:
    return render_template(
        "admin/index.html",
        users=operations.list_users(db.session),
        workspaces=operations.list_workspaces(db.session),
        roles=[r.value for r in Role],
        created=None,
        error="",
        **extra,
    ), status


@bp.get("/")
@admin_required
def index() -> ResponseReturnValue:
    return _page()


@bp.post("/users")
@admin_required
def create_user() -> ResponseReturnValue:
    password = operations.one_time_password()
    form = request.form
    try:
        user = operations.create_user(
            db.session,
            email=form.get("email", ""),
            name=form.get("name", ""),
            role=form.get("role", "drafter"),
            password=password,
            must_change_password=True,
        )
        if form.get("workspace"):
            workspace = db.session.get(Workspace, int(form["workspace"]))
            if workspace is None:
                abort(400)
            role = Role.REVIEWER.value if user.role == "reviewer" else Role.DRAFTER.value
            operations.add_member(db.session, workspace, user, role)
    except operations.StoreError as exc:
        db.session.rollback()
        return _page(422, error=exc.message)
    db.session.commit()
    return _page(201, created=(user.email, password))


def _user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        abort(404)
    return user


@bp.post("/users/<int:user_id>/role")
@admin_required
def set_role(user_id: int) -> ResponseReturnValue:
    operations.set_role(db.session, _user(user_id), request.form.get("role", ""))
    db.session.commit()
    flash(_("The role is changed."))
    return redirect(url_for("admin.index"))


@bp.post("/users/<int:user_id>/disable")
@admin_required
def disable(user_id: int) -> ResponseReturnValue:
    user = _user(user_id)
    if user.id == current_user.id:
        return _page(422, error=_("You cannot disable your own account."))
    operations.disable_user(db.session, user)
    db.session.commit()
    flash(_("The account is disabled."))
    return redirect(url_for("admin.index"))


@bp.post("/workspaces")
@admin_required
def create_workspace() -> ResponseReturnValue:
    try:
        operations.create_workspace(db.session, request.form.get("name", ""))
    except operations.StoreError as exc:
        db.session.rollback()
        return _page(422, error=exc.message)
    db.session.commit()
    flash(_("The workspace is created."))
    return redirect(url_for("admin.index"))


@bp.post("/workspaces/<int:workspace_id>/members")
@admin_required
def add_member(workspace_id: int) -> ResponseReturnValue:
    workspace = db.session.get(Workspace, workspace_id)
    if workspace is None:
        abort(404)
    try:
        user = operations.user_by_email(db.session, request.form.get("email", ""))
        operations.add_member(db.session, workspace, user, request.form.get("role", "drafter"))
    except operations.StoreError as exc:
        db.session.rollback()
        return _page(422, error=exc.message)
    db.session.commit()
    flash(_("The member is added."))
    return redirect(url_for("admin.index"))
