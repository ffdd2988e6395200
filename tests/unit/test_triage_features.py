"""Training reads the model's features as inference does; a row may teach other text than it is read by."""

from scripts import triage_training as learn
from scripts.triage_features import FeatureRows
from tests.support.triage_data import Row
from textsupport.triage.text import unguarded


def test_a_row_teaches_its_first_text_and_is_read_by_its_second():
    rows = FeatureRows(min_docs=1, kinds="wbcgh")
    pair = ("i am fine", " \u27e6im not suicidal\u27e7 ")
    taught = rows.fit_transform([pair])
    assert "w fine" in rows.vocabulary_ and "g suicidal" not in rows.vocabulary_
    assert taught.nnz == len(rows.vocabulary_)
    assert rows.transform([pair]).nnz == 0  # none of what it reads was taught


def test_a_reply_the_rules_read_as_crisis_teaches_no_guarded_clause():
    crisis, routine = learn.prepare(
        [
            Row("i wont hurt myself, i want to kill myself tonight", "crisis"),
            Row("im not suicidal, just tired of work", "routine"),
        ]
    )
    assert crisis.rules.level == "crisis" and "\u27e6" in crisis.for_model
    assert learn.training_text(crisis) == unguarded(crisis.for_model)
    assert learn.training_text(routine) == routine.for_model and "\u27e6" in routine.for_model
