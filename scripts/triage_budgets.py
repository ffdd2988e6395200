"""The false-alarm budgets that choose the triage model's thresholds (`triage_training.choose_thresholds`).

Each is a share of labelled replies, measured out of fold (leave one round out), that the combined triage or
the model alone may read too seriously. The thresholds are the lowest whose shares stay inside every budget.
The second budgets are pinned to what a landed model gave out of fold: without them, every routine reply the
rules learn to leave alone lets a threshold fall, and a retrain reads ordinary replies as crisis or urgent
that the landed model did not.
"""

from __future__ import annotations

# the false-alarm budget for the model's crisis threshold: routine replies the combined triage may call
# crisis, measured out of fold; the target is <= 0.10 and ~0.05 is what staff can bear, so aim inside it
CRISIS_BUDGET = 0.035
# the second budget for the crisis threshold: urgent replies the model raises to crisis (the rules alone did
# not), measured out of fold. An urgent reply read as crisis costs the supervisors a crisis item and the
# person a crisis answer; routine false alarms alone did not bound it, and when round 13 joined, the grouped
# CV let the threshold fall to 0.41, where the retrained model read "just sitting here" (unclear) as crisis.
# The figure is the share the landed model gave out of fold: the grouped out-of-fold scores (leave one
# round out, the team's rows in 5 folds) of the 4,608 replies it was trained on (round 12 joined), at its
# thresholds (crisis 0.49, urgent 0.47, guarded 0.80 / 0.65): 3.61 % of urgent replies raised to crisis by
# the model where the rules alone read them below it. A retrain may not raise more than that share.
URGENT_TO_CRISIS_BUDGET: float | None = 0.0361
# the third budget for the crisis threshold: routine replies the model raises to crisis (the rules alone
# read them below crisis), measured out of fold. CRISIS_BUDGET counts the rules' false crises too, and the
# rules are fixed with each round's rows in view: every joined round lowered that count in-sample and let
# the threshold fall (0.48 landed at b829387; 0.44 with rounds 26-37 joined, where the retrained model read
# "been planning how i'd decorate the nursery" and an ordinary absence in Polish and Portuguese as crisis).
# On a fresh batch the rules' own false crises are not fewer (rounds 34-37, rules + model: 0.071, 0.059,
# 0.094, 0.047). The figure is the share the landed model gave: the grouped out-of-fold scores of the 7,582
# replies it was trained on (the set's first 7,582 rows, read by the rules of 25be95a), at its crisis
# threshold 0.48 (urgent and guarded thresholds off): 60 of 2,770 routine replies, 2.17 %, raised to crisis
# by the model where the rules alone read them below crisis.
MODEL_CRISIS_BUDGET: float | None = 0.0217
URGENT_BUDGET = 0.15  # routine replies the combined triage may call urgent or crisis (a cost to staff time)
# the second budget for the urgent threshold: routine replies the model raises to urgent or crisis (the rules
# alone read them routine), measured out of fold. URGENT_BUDGET counts the rules' own false alarms too, so
# every routine reply the rules learn to leave alone (thanks in another language, a day named for an
# appointment) let the threshold fall: with rounds 15-17 joined it fell to 0.31 (0.44 landed), where the
# model read "flames won in overtime" and medicine taken as usual as urgent. The figure is the share the
# landed model gave out of fold, measured as this budget is checked (before the guarded thresholds): the
# grouped out-of-fold scores of the 5,063 replies it was trained on (rounds 13 and 14 joined; 1abae5f's
# rules), at its crisis and urgent thresholds (0.47, 0.44): 105 of 1,885 routine replies, 5.57 %, raised by
# the model where the rules alone read them routine (6.47 % with its guarded thresholds 0.80 / 0.71 too).
MODEL_URGENT_BUDGET: float | None = 0.0557
# Where a guard fired the model needs more confidence: the lowest thresholds (never below the unguarded
# ones) at which the model, overruling a guard, calls at most these shares of routine replies crisis or
# urgent, out of fold. Guards mark the classic false alarms, so their budgets are small.
# "Confident" and "very confident" are floors: the model must at least find urgent wording more likely than
# not, and crisis wording four times out of five, before it overrules a guard.
GUARDED_CRISIS_BUDGET = 0.003
# The urgent one is pinned, as the second budgets are, to what the landed model gave: at 0.01 a retrain on
# rounds 26-37 let guarded_urgent fall from 0.72 to 0.57, where it read "je ne vais pas me tuer" and "yes. in
# the car" (to a question about groceries) as urgent. The landed model's grouped out-of-fold scores of its
# 7,582 replies (rules of 25be95a with the presence, nursery and game guards of the commit that set it),
# at its thresholds 0.48 / 0.39 / 0.80: guarded_urgent 0.72 adds 17 of 2,770 routine replies (0.61 %) read
# urgent or crisis; 0.57 would add 36.
GUARDED_URGENT_BUDGET = 0.0061
GUARDED_CRISIS_FLOOR = 0.8
GUARDED_URGENT_FLOOR = 0.5
NEVER = 2.0  # a threshold no probability reaches
