"""The peer roles: the configured file holds Chinman et al.'s 16 roles in three groups, a bad file is
refused with where and why, and a form's roles are checked; the fidelity figures from plain contacts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from textsupport import fidelity, peer_roles
from textsupport.fidelity import Contact
from textsupport.peer_roles import RoleGroup, RolesFileError, UnknownRole

MESSAGES = Path(__file__).resolve().parents[2] / "messages"
CONFIGURED = peer_roles.load(MESSAGES / peer_roles.FILE)


def test_the_configured_file_holds_the_sixteen_roles_in_three_groups():
    assert [len(CONFIGURED.of(group)) for group in RoleGroup] == [4, 9, 3]
    assert CONFIGURED.group_labels == {
        RoleGroup.SERVICES: "Services", RoleGroup.ACTIONS: "Actions", RoleGroup.PROCESSES: "Processes"
    }  # fmt: skip
    assert CONFIGURED.get("hope").label == "Promoting hope"
    assert CONFIGURED.get("trust").group is RoleGroup.PROCESSES


GOOD = (
    '[services]\nlabel = "Services"\nroles = [{ code = "hope", label = "Promoting hope" }]\n'
    '[actions]\nlabel = "Actions"\nroles = [{ code = "role_model", label = "Being a role model" }]\n'
    '[processes]\nlabel = "Processes"\nroles = [{ code = "empathy", label = "Providing empathy" }]\n'
)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[services\n", "cannot be read as TOML"),
        (GOOD.replace("[processes]", "[feelings]"), "give the groups services, actions, processes"),
        (GOOD + '[extra]\nlabel = "x"\nroles = []\n', "each once, in that order"),
        (GOOD.replace('"role_model"', '"hope"'), "code(s) hope appear more than once"),
        (GOOD.replace('"hope"', '"Hope"'), "[services] role 1: code must be lowercase"),
        (GOOD.replace('label = "Promoting hope"', 'label = " "'), "[services] role 1: label must be text"),
        (GOOD.replace('label = "Actions"', 'label = ""'), "[actions]: label must be text"),
        (GOOD.replace('roles = [{ code = "empathy", label = "Providing empathy" }]', "roles = []"),
         "[processes]: roles must list at least one"),
        (GOOD.replace('label = "Services"\n', ""), "[services]: give label and roles"),
        (GOOD.replace('{ code = "hope",', '{ colour = 1, code = "hope",'), "role 1: give code and label"),
    ],
)  # fmt: skip
def test_a_bad_file_is_refused_with_where_and_why(tmp_path, text, says):
    path = tmp_path / "roles.toml"
    path.write_text(text)
    with pytest.raises(RolesFileError) as error:
        peer_roles.load(path)
    assert str(path) in str(error.value) and says in str(error.value)


def test_a_forms_roles_are_checked_each_once_in_file_order():
    assert CONFIGURED.checked(["trust", " hope ", "hope", ""]) == ("hope", "trust")
    assert CONFIGURED.checked([]) == ()
    with pytest.raises(UnknownRole, match="Unknown peer role: telepathy. Tick roles from the list"):
        CONFIGURED.checked(["hope", "telepathy"])


NOVEMBER = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("roles", "contacts", "tagged", "shares"),
    [
        ([], 0, 0, [None, None, None]),
        ([set()], 1, 0, [None, None, None]),
        ([{"hope"}, set()], 2, 1, [1.0, 0.0, 0.0]),
        ([{"hope", "empathy"}, {"role_model"}], 2, 2, [0.5, 0.5, 0.5]),  # two groups: counted in both
        ([{"hope"}, {"hope", "recovery_story", "trust"}, {"trust"}, {"liaison"}], 4, 4, [0.5, 0.5, 0.5]),
        ([{"retired_code"}], 1, 1, [0.0, 0.0, 0.0]),  # a code since removed from the list: in no group
    ],
)
def test_the_figures_of_a_month(roles, contacts, tagged, shares):
    found = [Contact(1, n % 2, NOVEMBER, frozenset(codes)) for n, codes in enumerate(roles)]
    month = fidelity.figures(NOVEMBER, found, CONFIGURED)
    assert (month.contacts, month.tagged) == (contacts, tagged)
    assert [month.share(group) for group in RoleGroup] == shares


def test_contacts_per_participant_and_months_without_contacts():
    found = [Contact(1, 7, NOVEMBER, frozenset({"hope"}))] * 3 + [Contact(2, 8, NOVEMBER, frozenset())]
    october, november = fidelity.by_month(found, CONFIGURED, [date(2026, 10, 1), NOVEMBER])
    assert (november.contacts, november.participants, november.per_participant) == (4, 2, 2.0)
    assert (november.by_role["hope"], november.by_role["trust"]) == (3, 0)
    assert (october.contacts, october.per_participant, october.share(RoleGroup.SERVICES)) == (0, None, None)
    assert fidelity.months_between(date(2026, 11, 1), date(2027, 2, 1))[-2:] == [
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    assert [fidelity.percent(x) for x in (None, 0.0, 2 / 3, 1.0)] == ["–", "0%", "67%", "100%"]
