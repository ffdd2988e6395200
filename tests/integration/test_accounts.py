"""Admins managing accounts: there is always an active admin, even when two act at once."""

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_staff
from tests.support.concurrency import at_once
from textsupport.models import Role, StaffUser
from textsupport.services.staff import accounts
from textsupport.services.staff.users import UserError


def active_admins(session) -> int:
    session.rollback()
    where = (StaffUser.role == Role.ADMIN, StaffUser.is_active.is_(True))
    return session.scalar(select(func.count()).select_from(StaffUser).where(*where))


def test_two_admins_demoting_each_other_at_once_leave_one_admin(app, session):
    ada = make_staff(session, role=Role.ADMIN)
    bo = make_staff(session, role=Role.ADMIN)

    def press(own, pair):
        actor, target = pair
        return accounts.set_role(own, actor, target, "supervisor").id

    results = at_once(app, press, [(ada.id, bo.id), (bo.id, ada.id)])
    assert sorted(type(r).__name__ for r in results) == ["UserError", "int"], results
    assert active_admins(session) == 1


def test_deactivating_the_other_admin_is_allowed_but_never_the_last(app, session):
    ada = make_staff(session, role=Role.ADMIN)
    bo = make_staff(session, role=Role.ADMIN)
    with app.app_context():
        accounts.set_active(session, ada.id, bo.id, False)
        with pytest.raises(UserError, match="your own account"):
            accounts.set_active(session, ada.id, ada.id, False)
        session.rollback()
        with pytest.raises(UserError, match="last active admin"):
            accounts.set_role(session, ada.id, ada.id, "rater")
    assert active_admins(session) == 1


def test_a_generated_password_follows_the_cli_rules(app, session):
    ada = make_staff(session, role=Role.ADMIN)
    with app.app_context():
        user, generated = accounts.create(session, ada.id, "sam@example.org", "", "rater", "", "")
    assert len(generated) >= 12 and user.display_name == "sam"
