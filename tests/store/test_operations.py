"""Operations on SQLite and PostgreSQL: accounts, access to drafts, immutable versions, tokens."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from drafting.store import operations
from drafting.store.models import User, Version


def _draft(session, user, workspace, answers=None):
    return operations.create_draft(
        session,
        user,
        workspace=workspace,
        country="ZM",
        title="E-waste regulations",
        languages=["en"],
        answers=answers or {},
        library_version="lib1",
    )


def test_first_admin_is_created_once_with_a_one_time_password(session):
    created = operations.ensure_first_admin(session)
    again = operations.ensure_first_admin(session)

    email, password = created
    admin = operations.authenticate(session, email, password)
    assert (admin.role, admin.must_change_password) == ("admin", True)
    assert [m.workspace.name for m in admin.memberships] == [operations.FIRST_WORKSPACE]
    assert again is None
    assert password not in admin.password_hash


def test_passwords_are_hashed_with_argon2_and_checked(session, create_user):
    user = create_user("ana@example.org", password="a long password")

    assert user.password_hash.startswith("$argon2")
    assert operations.authenticate(session, "ANA@example.org", "a long password") is user
    assert operations.authenticate(session, "ana@example.org", "wrong password") is None
    assert operations.authenticate(session, "nobody@example.org", "a long password") is None


def test_a_disabled_user_cannot_log_in(session, create_user):
    user = create_user("ana@example.org")

    operations.disable_user(session, user)

    assert operations.authenticate(session, "ana@example.org", "a long password") is None


@pytest.mark.parametrize(
    ("email", "password", "role"),
    [
        pytest.param("not-an-address", "a long password", "drafter", id="bad-email"),
        pytest.param("a@example.org", "short", "drafter", id="short-password"),
        pytest.param("a@example.org", "a long password", "owner", id="unknown-role"),
    ],
)
def test_bad_accounts_are_refused(session, email, password, role):
    with pytest.raises(operations.StoreError):
        operations.create_user(session, email=email, password=password, role=role)


def test_a_second_account_with_the_same_email_is_refused(session, create_user):
    create_user("ana@example.org")

    with pytest.raises(operations.StoreError):
        create_user("Ana@Example.org")


def test_drafts_of_another_workspace_are_not_found(session, create_user, create_workspace):
    ana, ben = create_user(), create_user()
    zambia, rwanda = create_workspace(drafters=[ana]), create_workspace(drafters=[ben])
    draft = _draft(session, ana, zambia)

    with pytest.raises(operations.NotFound):
        operations.visible_draft(session, draft.id, ben)

    assert operations.drafts_for(session, ben) == []
    assert operations.drafts_for(session, ana) == [draft]
    assert rwanda.drafts == []


def test_a_reviewer_reads_but_does_not_write(session, create_user, create_workspace):
    ana, rita = create_user(), create_user(role="reviewer")
    team = create_workspace(drafters=[ana], reviewers=[rita])
    draft = _draft(session, ana, team)

    seen = operations.visible_draft(session, draft.id, rita)

    assert seen is draft
    with pytest.raises(operations.Forbidden):
        operations.visible_draft(session, draft.id, rita, write=True)


def test_a_reviewer_cannot_create_a_draft(session, create_user, create_workspace):
    rita = create_user(role="reviewer")
    team = create_workspace(reviewers=[rita])

    with pytest.raises(operations.NotFound):
        _draft(session, rita, team)


def test_every_save_is_a_new_version_and_old_ones_stay(session, create_user, create_workspace):
    ana = create_user()
    draft = _draft(session, ana, create_workspace(drafters=[ana]), {"epr_mandatory": True})

    operations.save_version(
        session, draft, ana, base=1, answers={"epr_mandatory": False}, library_version="lib1"
    )
    operations.save_version(
        session, draft, ana, base=2, answers={"epr_mandatory": True}, library_version="lib2"
    )

    versions = operations.versions_of(session, draft)
    assert [(v.number, v.answers, v.library_version) for v in versions] == [
        (3, {"epr_mandatory": True}, "lib2"),
        (2, {"epr_mandatory": False}, "lib1"),
        (1, {"epr_mandatory": True}, "lib1"),
    ]


def test_a_save_from_a_stale_version_is_refused_and_nothing_is_written(
    session, create_user, create_workspace
):
    ana, ben = create_user(), create_user()
    draft = _draft(session, ana, create_workspace(drafters=[ana, ben]))
    operations.save_version(session, draft, ana, base=1, answers={"a": 1}, library_version="l")

    with pytest.raises(operations.StaleVersion) as exc:
        operations.save_version(session, draft, ben, base=1, answers={"b": 2}, library_version="l")

    assert exc.value.current == 2
    assert operations.latest_version(session, draft).answers == {"a": 1}


def test_the_database_refuses_two_versions_with_one_number(session, create_user, create_workspace):
    from sqlalchemy.exc import IntegrityError

    ana = create_user()
    draft = _draft(session, ana, create_workspace(drafters=[ana]))

    session.add(
        Version(draft_id=draft.id, number=1, answers={}, library_version="l", author_id=ana.id)
    )
    with pytest.raises(IntegrityError):
        session.flush()


def test_tokens_are_stored_hashed_and_can_be_revoked(session, create_user):
    ana = create_user()

    token, plain = operations.create_token(session, ana, "laptop")

    assert plain not in token.token_hash
    assert operations.user_for_token(session, plain) is ana
    assert token.last_used_at is not None
    operations.revoke_token(session, ana, token.id)
    assert operations.user_for_token(session, plain) is None
    assert operations.user_for_token(session, "ewd_not-a-token") is None


def test_another_users_token_cannot_be_revoked(session, create_user):
    ana, ben = create_user(), create_user()
    token, plain = operations.create_token(session, ana, "laptop")

    with pytest.raises(operations.NotFound):
        operations.revoke_token(session, ben, token.id)

    assert operations.user_for_token(session, plain) is ana


def test_disabling_a_user_revokes_their_tokens(session, create_user):
    ana = create_user()
    _token, plain = operations.create_token(session, ana, "laptop")

    operations.disable_user(session, ana)

    assert operations.user_for_token(session, plain) is None


def test_roles_change_and_unknown_roles_are_refused(session, create_user):
    ana = create_user()

    operations.set_role(session, ana, "reviewer")

    assert session.scalar(select(User.role).where(User.id == ana.id)) == "reviewer"
    with pytest.raises(operations.StoreError):
        operations.set_role(session, ana, "king")


def test_json_answers_round_trip(session, create_user, create_workspace, backend):
    ana = create_user()
    answers = {
        "collection_targets": [{"year": 2028, "rate": 10}, {"year": 2030, "rate": 20.5}],
        "exclusions": ["military", "space"],
        "regulator_name": "Agence — ñ",
        "epr_mandatory": True,
    }
    draft = _draft(session, ana, create_workspace(drafters=[ana]), answers)
    session.expire_all()

    stored = operations.latest_version(session, draft).answers

    assert stored == answers
    assert session.scalar(select(func.count()).select_from(Version)) == 1


def test_a_save_that_loses_a_race_is_stale_not_an_error(
    session, create_user, create_workspace, monkeypatch
):
    ana, ben = create_user(), create_user()
    draft = _draft(session, ana, create_workspace(drafters=[ana, ben]))
    first = operations.latest_version(session, draft)
    operations.save_version(session, draft, ana, base=1, answers={"a": 1}, library_version="l")
    # Ben read version 1 just before Ana's save landed: his check passes, the insert fails.
    monkeypatch.setattr(operations, "latest_version", lambda _session, _draft: first)

    with pytest.raises(operations.StaleVersion) as exc:
        operations.save_version(session, draft, ben, base=1, answers={"b": 2}, library_version="l")

    assert exc.value.current == 2
