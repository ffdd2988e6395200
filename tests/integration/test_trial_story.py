"""The hand-built trial of tests/support/trial_story.py holds the counts its docstring promises.

Plain counts straight from the tables, so a slip in the story shows here, apart from the dashboard.
"""

from __future__ import annotations

from sqlalchemy import func, select

from tests.support import trial_story as story
from textsupport.models import Allocation, InboundMessage, OutboundMessage, Participant


def test_the_story_saves_its_participants_texts_and_replies(session):
    built = story.build(session)

    assert len(built.participants) == story.ENROLLED
    assert session.scalar(select(func.count()).select_from(Participant)) == story.ENROLLED
    arms = dict(session.execute(select(Allocation.arm, func.count()).group_by(Allocation.arm)).all())
    assert {arm.value: n for arm, n in arms.items()} == story.RANDOMISED_BY_ARM
    assert session.scalar(select(func.count()).select_from(OutboundMessage)) == story.TEXTS_TOTAL[0]
    assert session.scalar(select(func.count()).select_from(InboundMessage)) == story.REPLIES_TOTAL[0]
    sites = dict(session.execute(select(Participant.site, func.count()).group_by(Participant.site)).all())
    assert sites == story.ENROLLED_BY_SITE
