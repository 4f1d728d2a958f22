"""`flask --app app users ...` and `flask --app app workspaces ...`: accounts from a terminal."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from drafting.store import operations
from drafting.store.models import Role
from drafting.web.extensions import db

users_cli = AppGroup("users", help="Create, list, disable users and set their roles.")
workspaces_cli = AppGroup("workspaces", help="Create workspaces and add members.")

_ROLES = click.Choice([r.value for r in Role])


def _fail(exc: operations.StoreError) -> None:
    db.session.rollback()
    raise click.ClickException(exc.message)


@users_cli.command("create")
@click.argument("email")
@click.option("--role", type=_ROLES, default=Role.DRAFTER.value, show_default=True)
@click.option("--name", default="")
@click.option("--workspace", "workspace_name", default=None, help="add to this workspace")
@click.option(
    "--password",
    default=None,
    help="the initial password (prompted for when omitted is not wanted: a random one-time "
    "password is printed and must be changed at first login)",
)
def create_user(
    email: str, role: str, name: str, workspace_name: str | None, password: str | None
) -> None:
    """Create a user; without --password, print a one-time password."""
    one_time = password is None
    secret = password or operations.one_time_password()
    try:
        user = operations.create_user(
            db.session,
            email=email,
            password=secret,
            role=role,
            name=name,
            must_change_password=one_time,
        )
        if workspace_name:
            workspace = operations.workspace_by_name(db.session, workspace_name)
            member_role = Role.REVIEWER.value if role == "reviewer" else Role.DRAFTER.value
            operations.add_member(db.session, workspace, user, member_role)
    except operations.StoreError as exc:
        _fail(exc)
        return
    db.session.commit()
    click.echo(f"Created {user.email} ({user.role}).")
    if one_time:
        click.echo(f"One-time password (to change at first login): {secret}")


@users_cli.command("list")
def list_users() -> None:
    """List the users, their roles and workspaces."""
    for user in operations.list_users(db.session):
        spaces = ", ".join(f"{m.workspace.name} ({m.role})" for m in user.memberships)
        state = "active" if user.is_active else "disabled"
        click.echo(f"{user.email}\t{user.role}\t{state}\t{spaces or '-'}")


@users_cli.command("disable")
@click.argument("email")
def disable_user(email: str) -> None:
    """Disable a user: no login, and their API tokens are revoked."""
    try:
        user = operations.user_by_email(db.session, email)
        operations.disable_user(db.session, user)
    except operations.StoreError as exc:
        _fail(exc)
        return
    db.session.commit()
    click.echo(f"Disabled {user.email}.")


@users_cli.command("set-role")
@click.argument("email")
@click.argument("role", type=_ROLES)
def set_role(email: str, role: str) -> None:
    """Set a user's role: drafter, reviewer or admin."""
    try:
        user = operations.user_by_email(db.session, email)
        operations.set_role(db.session, user, role)
    except operations.StoreError as exc:
        _fail(exc)
        return
    db.session.commit()
    click.echo(f"{user.email} is now {role}.")


@users_cli.command("ensure-admin")
@click.option("--url", default="http://127.0.0.1:5000/")
def ensure_admin(url: str) -> None:
    """On an empty database: create the first admin and print its one-time password."""
    created = operations.ensure_first_admin(db.session)
    db.session.commit()
    if created is None:
        click.echo(f"  Open {url} and log in with your account.")
        return
    email, password = created
    click.echo(f"  Open {url} and log in as {email} with the one-time password {password}")
    click.echo("  (you will be asked to choose your own password at first login).")


@workspaces_cli.command("create")
@click.argument("name")
def create_workspace(name: str) -> None:
    """Create a workspace (a country team)."""
    try:
        operations.create_workspace(db.session, name)
    except operations.StoreError as exc:
        _fail(exc)
        return
    db.session.commit()
    click.echo(f"Created workspace {name!r}.")


@workspaces_cli.command("add-member")
@click.argument("name")
@click.argument("email")
@click.option("--role", type=click.Choice(["drafter", "reviewer"]), default=None)
def add_member(name: str, email: str, role: str | None) -> None:
    """Add a user to a workspace as drafter or reviewer (default: from the user's role)."""
    try:
        workspace = operations.workspace_by_name(db.session, name)
        user = operations.user_by_email(db.session, email)
        role = role or (Role.REVIEWER.value if user.role == "reviewer" else Role.DRAFTER.value)
        operations.add_member(db.session, workspace, user, role)
    except operations.StoreError as exc:
        _fail(exc)
        return
    db.session.commit()
    click.echo(f"{user.email} is a {role} of {workspace.name!r}.")


@workspaces_cli.command("list")
def list_workspaces() -> None:
    """List the workspaces and their members."""
    for workspace in operations.list_workspaces(db.session):
        members = ", ".join(f"{m.user.email} ({m.role})" for m in workspace.memberships)
        click.echo(f"{workspace.name}\t{members or '-'}")
