"""Training modules: the configured file loads, a bad file is refused clearly, and the checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from textsupport import training
from textsupport.training import Completion, TrainingFileError, Work

MESSAGES = Path(__file__).resolve().parents[2] / "messages"
SAMHSA = 12  # SAMHSA's core competencies for peer workers (2015)


def test_the_configured_file_holds_samhsa_and_the_site_modules():
    catalogue = training.load(MESSAGES / training.FILE)
    groups = [module.group for module in catalogue.modules]
    assert groups.count("SAMHSA core competency") == SAMHSA
    assert {"suicide_risk", "privacy", "using_this_system"} <= {m.key for m in catalogue.modules}
    assert "suicide_risk" in {m.key for m in catalogue.required(Work.CRISIS)}
    assert {m.key for m in catalogue.required(Work.CASELOAD)} == {"privacy", "using_this_system"}
    assert catalogue.get("privacy").valid_months == 12
    assert catalogue.get("using_this_system").valid_months is None


GOOD = '[[module]]\nkey = "privacy"\ntitle = "Privacy"\nrequired_for = ["caseload"]\nvalid_months = 12\n'


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "no [[module]] entries"),
        ("[[module]\n", "cannot be read as TOML"),
        (GOOD + GOOD, "module 2 ('privacy'): the key is used twice"),
        (GOOD.replace('"privacy"\n', '"Privacy!"\n', 1), "key must be lowercase"),
        (GOOD.replace('title = "Privacy"', 'title = " "'), "title"),
        (GOOD.replace('"caseload"', '"crises"'), "required_for must be a list of ['caseload', 'crisis']"),
        (GOOD.replace("= 12", "= 0"), "valid_months must be a whole number from 1 to 120"),
        (GOOD.replace("= 12", "= 12.5"), "valid_months"),
        (GOOD.replace("= 12", "= true"), "valid_months"),
        (GOOD + "hours = 3\n", "unknown field(s) hours"),
    ],
)
def test_a_bad_file_is_refused_with_where_and_why(tmp_path, text, says):
    path = tmp_path / "modules.toml"
    path.write_text(text)
    with pytest.raises(TrainingFileError) as error:
        training.load(path)
    assert str(path) in str(error.value)
    assert says in str(error.value)


@pytest.mark.parametrize(
    ("completed", "months", "expires"),
    [
        (date(2026, 1, 15), 12, date(2027, 1, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # month end clamped
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 11, 5), 2, date(2027, 1, 5)),  # across the year end
        (date(2026, 11, 5), None, None),
    ],
)
def test_expiry_is_valid_months_later(completed, months, expires):
    assert training.expires_on(completed, months) == expires


def _catalogue():
    return training.load(MESSAGES / training.FILE)


TODAY = date(2026, 12, 5)
CASELOAD_DONE = [
    Completion("privacy", date(2026, 1, 10), date(2027, 1, 10)),
    Completion("using_this_system", date(2025, 3, 1), None),
]


def test_missing_modules_are_gaps_and_current_ones_are_not():
    assert training.gaps(_catalogue(), CASELOAD_DONE, Work.CASELOAD, TODAY) == []
    crisis = training.gaps(_catalogue(), CASELOAD_DONE, Work.CRISIS, TODAY)
    assert [gap.module.key for gap in crisis] == ["helps_manage_crises", "suicide_risk"]
    assert all(gap.expired_on is None for gap in crisis)


def test_an_expired_module_is_a_gap_from_its_expiry_day():
    expiring = [CASELOAD_DONE[1], Completion("privacy", date(2025, 12, 5), date(2026, 12, 5))]
    assert training.gaps(_catalogue(), expiring, Work.CASELOAD, date(2026, 12, 4)) == []
    [gap] = training.gaps(_catalogue(), expiring, Work.CASELOAD, TODAY)
    assert (gap.module.key, gap.expired_on) == ("privacy", date(2026, 12, 5))
    reason = training.refusal("Pat Peer", Work.CASELOAD, [gap])
    assert reason == (
        "Pat Peer may not hold a caseload until training is current: "
        "Privacy and confidentiality (expired 2026-12-05)"
    )


def test_the_completion_that_counts_is_the_one_that_expires_last():
    old = Completion("privacy", date(2024, 1, 1), date(2025, 1, 1))
    renewed = Completion("privacy", date(2026, 6, 1), date(2027, 6, 1))
    forever = Completion("privacy", date(2020, 1, 1), None)
    assert training.current([renewed, old])["privacy"] == renewed
    assert training.current([old, renewed])["privacy"] == renewed
    assert training.current([renewed, forever, old])["privacy"] == forever


def test_no_gaps_means_no_refusal():
    assert training.refusal("Pat Peer", Work.CRISIS, []) == ""
