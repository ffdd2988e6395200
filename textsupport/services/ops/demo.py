"""Demo data for `make run`: loaded once, with the accounts kept in the instance folder."""

from __future__ import annotations

import calendar
import json
import os
import secrets
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock, training
from textsupport.content import Content
from textsupport.models import (
    PEER_ARMS,
    Allocation,
    Arm,
    InboundMessage,
    Participant,
    Role,
    StaffUser,
    SupervisionCheckin,
    TrainingCompletion,
)
from textsupport.services.ops import demo_fidelity
from textsupport.services.programme import supervision_records, training_records
from textsupport.services.replies import inbound
from textsupport.services.staff import users
from textsupport.services.trial import allocations, enrolment, randomize, started
from textsupport.training import Work

if TYPE_CHECKING:
    from textsupport.config import Settings

ACCOUNTS = (
    ("admin@demo.textsupport.local", Role.ADMIN, "Ada Admin"),
    ("staff@demo.textsupport.local", Role.TRIAL_STAFF, "Tom Trialstaff"),
    ("rater@demo.textsupport.local", Role.RATER, "Rae Rater"),
    ("peer@demo.textsupport.local", Role.PEER_WORKER, "Pat Peer"),
    ("peer2@demo.textsupport.local", Role.PEER_WORKER, "Sam Peer"),
    ("supervisor@demo.textsupport.local", Role.SUPERVISOR, "Sue Supervisor"),
)


DEMO_SITES = ["north", "south"]
FIRST_NAMES = [
    "Avery",
    "Blake",
    "Casey",
    "Devon",
    "Emery",
    "Finley",
    "Harper",
    "Jesse",
    "Kai",
    "Logan",
    "Morgan",
    "Quinn",
]


DEMO_REPLIES = (  # (body, arms it comes from): the queue shows a crisis, an urgent and a routine item
    ("had a good walk today, thanks for the texts", PEER_ARMS),  # to Pat Peer's queue
    ("i cant cope with anything today", frozenset({Arm.TEXT, Arm.TAU})),  # to the staff queue
    ("i want to end it tonight", PEER_ARMS),  # crisis: supervisors, and shown to Pat Peer too
)
DEMO_PEER = "peer@demo.textsupport.local"
DEMO_PEER2 = "peer2@demo.textsupport.local"
DEMO_SUPERVISOR = "supervisor@demo.textsupport.local"


def load(session: Session, credentials_file: Path, settings: Settings, bank: Content) -> dict:
    """Create the demo accounts, participants and replies that do not exist yet; report the accounts."""
    report = _accounts(session, credentials_file)
    report["service"] = _service(session, settings, report["created"])
    report["training"] = _training(session, settings)
    report["supervision"] = _supervision(session, settings)
    report["participants"] = _participants(session, settings)
    report["french"] = _french(session, settings)
    report["replies"] = _replies(session, settings, bank)
    report["fidelity"] = demo_fidelity.load(session, settings, DEMO_PEER)
    return report


DEMO_SERVICE_MONTHS = {DEMO_PEER: 6, DEMO_PEER2: 4}  # how long ago the demo peers joined the programme


def _service(session: Session, settings: Settings, created: list[str]) -> int:
    """Date the demo peers' accounts as if they joined months ago (only when just created), so their
    home pages show months-of-service milestones: Pat Peer reaches 6 months this month."""
    today = clock.local_date(clock.now(), settings.program_tz)
    dated = 0
    for email, months in DEMO_SERVICE_MONTHS.items():
        if email in created:
            index = today.year * 12 + today.month - 1 - months
            year, month = index // 12, index % 12 + 1
            joined = date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
            peer = session.scalar(select(StaffUser).where(StaffUser.email == email))
            peer.created_at = clock.at_local_time(joined, time(9), settings.program_tz)
            dated += 1
    session.commit()
    return dated


def _training(session: Session, settings: Settings) -> int:
    """Current training for the demo peers (once), so the queue routes to them; Sam's privacy
    module expires within 30 days, so the training page has someone to remind."""
    if session.scalar(select(func.count()).select_from(TrainingCompletion)):
        return 0
    supervisor = session.scalar(select(StaffUser).where(StaffUser.email == DEMO_SUPERVISOR))
    today = clock.local_date(clock.now(), settings.program_tz)
    required = sorted(
        {module.key for work in Work for module in training.for_settings(settings).required(work)}
    )
    recorded = 0
    for email in (DEMO_PEER, DEMO_PEER2):
        peer = session.scalar(select(StaffUser).where(StaffUser.email == email))
        for key in required:
            soon = email == DEMO_PEER2 and key == "privacy"  # a 12-month module, due in 20 days
            on = today - timedelta(days=345 if soon else 30)
            fields = {
                "module_key": key,
                "completed_on": on.isoformat(),
                "hours": "6",
                "trainer": "Demo trainer",
            }
            training_records.record(session, peer.id, fields, settings, supervisor)
            recorded += 1
    return recorded


DEMO_CHECKINS = (  # (peer, days ago, minutes, wellbeing, private notes)
    (DEMO_PEER, 19, 45, "ok", "Settling in well; wants more practice with crisis calls."),
    (DEMO_PEER, 5, 30, "strained", "Two hard calls this week; sleeping badly. Agreed lighter shifts."),
    (DEMO_PEER2, 18, 40, "ok", "Good first month; keen to take a caseload."),  # overdue since day 14
)


def _supervision(session: Session, settings: Settings) -> int:
    """Check-ins for the demo peers (once): Pat Peer's last one flagged strained, with a check-in
    asked for since, and Sam Peer's overdue."""
    if session.scalar(select(func.count()).select_from(SupervisionCheckin)):
        return 0
    supervisor = session.scalar(select(StaffUser).where(StaffUser.email == DEMO_SUPERVISOR))
    today = clock.local_date(clock.now(), settings.program_tz)
    for email, days, minutes, wellbeing, notes in DEMO_CHECKINS:
        peer = session.scalar(select(StaffUser).where(StaffUser.email == email))
        fields = {
            "worker_id": str(peer.id), "held_by_id": str(supervisor.id),
            "held_on": (today - timedelta(days=days)).isoformat(), "minutes": str(minutes),
            "wellbeing": wellbeing, "notes": notes,
        }  # fmt: skip
        supervision_records.record_checkin(session, fields, settings, supervisor)
    pat = session.scalar(select(StaffUser).where(StaffUser.email == DEMO_PEER))
    supervision_records.answer_debrief(session, pat, None, "requested", settings)
    return len(DEMO_CHECKINS)


def _replies(session: Session, settings: Settings, bank: Content) -> int:
    """Three demo replies through the real webhook service (once), after Pat Peer gets the peer arms."""
    if session.scalar(select(func.count()).select_from(InboundMessage)):
        return 0
    peer = session.scalar(select(StaffUser).where(StaffUser.email == DEMO_PEER))
    people = session.execute(
        select(Participant, Allocation.arm).join(Allocation).order_by(Participant.id)
    ).all()
    for participant, arm in people:
        if arm in PEER_ARMS and peer is not None:
            participant.peer_worker_id = peer.id
            started.mark(session, participant.id, clock.now(), started.PEER_CONTACT)
    session.commit()
    for n, (body, arms) in enumerate(DEMO_REPLIES, start=1):
        sender = next((p for p, arm in people if arm in arms), people[0][0])
        form = {"MessageSid": f"SMDEMO{n:028d}", "From": sender.phone, "Body": body}
        inbound.receive(session.get_bind(), form, settings, bank)
    return len(DEMO_REPLIES)


def _participants(session: Session, settings: Settings) -> dict[str, int]:
    """An allocation table and participants in all four arms, plus one still awaiting baseline."""
    if session.scalar(select(func.count()).select_from(Participant)):
        return {}
    # The demo's table covers the configured sites (else its own), so every demo site is open.
    sites = list(settings.sites) or DEMO_SITES
    allocations.generate(session, "demo-2026", 40, sites, settings.strata_fields, actor_id=None)
    today = clock.local_date(clock.now(), settings.program_tz)
    arms: dict[str, int] = {}
    for n, name in enumerate(FIRST_NAMES):
        raw = {
            "phone": f"+1780555{100 + n:04d}",
            "first_name": name,
            "site": sites[n % len(sites)],
            "sex": "FMX"[n % 3],
            "tz": settings.program_tz.key,
            "date_of_birth": date(today.year - 25 - n, 6, 15),  # never Feb 29 in a non-leap year
            "discharge_date": today - timedelta(days=2),
            "consent_version": "demo-v1",
            "eligibility_confirmed": True,
            "baseline_done": len(arms) < 4,  # once every arm is shown, leave the rest awaiting baseline
        }
        participant = enrolment.enrol(session, raw, settings, actor_id=None)
        if raw["baseline_done"]:
            arm = randomize.randomize(session, participant.study_id, settings, actor_id=None).arm.value
            arms[arm] = arms.get(arm, 0) + 1
        elif n >= 8:
            break
    return arms


FRENCH_PHONE = "+17805550120"  # Camille, who reads French: the simulator shows a French thread


def _french(session: Session, settings: Settings) -> str | None:
    """A French-speaking participant, randomised (once); their study id, or None when already there."""
    if enrolment.phone_in_use(session, FRENCH_PHONE):
        return None
    today = clock.local_date(clock.now(), settings.program_tz)
    raw = {
        "phone": FRENCH_PHONE, "first_name": "Camille", "site": (list(settings.sites) or DEMO_SITES)[0],
        "sex": "F", "tz": settings.program_tz.key, "date_of_birth": date(today.year - 41, 3, 2),
        "discharge_date": today - timedelta(days=1), "consent_version": "demo-v1", "language": "fr",
        "eligibility_confirmed": True, "baseline_done": True,
    }  # fmt: skip
    participant = enrolment.enrol(session, raw, settings, actor_id=None)
    randomize.randomize(session, participant.study_id, settings, actor_id=None)
    return participant.study_id


def _accounts(session: Session, credentials_file: Path) -> dict:
    """Create the demo accounts that do not exist yet; report every demo account."""
    known = _read(credentials_file)
    created = []
    for email, role, name in ACCOUNTS:
        if session.scalar(select(StaffUser.id).where(StaffUser.email == email)) is not None:
            continue
        password = secrets.token_urlsafe(12)
        users.create_user(session, email, role.value, password, name)
        known[email] = {"role": role.value, "password": password}
        created.append(email)
    _write(credentials_file, known)
    return {"created": created, "accounts": known, "credentials_file": str(credentials_file)}


def describe(report: dict) -> str:
    """The demo accounts as a small table for the terminal."""
    lines = [f"Demo staff accounts (also in {report['credentials_file']}):"]
    for email, account in report["accounts"].items():
        lines.append(f"  {account['role']:<12} {email:<36} password: {account['password']}")
    if report.get("participants"):
        arms = ", ".join(f"{arm} {count}" for arm, count in sorted(report["participants"].items()))
        lines.append(f"Demo participants randomised: {arms} (plus some awaiting baseline)")
    if report.get("service"):
        lines.append(
            "Demo peer workers joined months ago: Pat Peer's home page shows 6 months of service reached "
            "this month (/programme/recognition has the monthly summary)"
        )
    if report.get("training"):
        lines.append(
            "Demo peer workers have current training (/programme/training); Sam Peer's privacy module "
            "expires within 30 days"
        )
    if report.get("supervision"):
        lines.append(
            "Demo check-ins (/programme/supervision): Pat Peer's last flagged strained and a check-in "
            "asked for; Sam Peer's overdue"
        )
    if report.get("replies"):
        lines.append(
            "Demo replies wait in the queue (crisis, urgent, routine): the supervisor sees all three, "
            "the peer worker their participants' two"
        )
    if report.get("fidelity"):
        lines.append(
            "Pat Peer has claimed the routine reply and logged calls and a reply tagged with peer roles "
            "(/programme/fidelity)"
        )
    return "\n".join(lines)


def _read(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def _write(path: Path, accounts: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(accounts, indent=2))
    os.chmod(path, 0o600)  # demo passwords, readable by their owner only
