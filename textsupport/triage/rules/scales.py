"""Replies read in context: a number given on the scale our last text asked for.

"10" to "how strong are the thoughts of suicide, 0 to 10?" is a yes; "0" to "how often have you felt down?
0 = not at all, 3 = nearly every day" is well. How each polarity counts by topic is in `rules.answers.LEVELS`;
the reading is `triage.scales`. Patterns are regexes over normalised text (see `rules.common`).
"""

from __future__ import annotations

# --- a number on the scale we asked for: "on a scale of 0 to 10, how strong are the thoughts right now?" ---
SCALE = (
    # ... its ends glossed, the low end as none and the top as most: "reply 1 (not at all) to 5 (very)"
    # (never "1 (very well) to 5 (not at all)", nor "1 (not at all) to 5 (very often)": more may be worse)
    r"\b(scale|rate|rating|out of (?P<of>\d{1,2})|(from )?(0|1)( \((not at all|none|worst|poor)\)(?= (to|/) "
    r"\d{1,2} \((very|very much|best|excellent|extremely|completely)\)))? (to|/) (?P<to>\d{1,2})|"
    r"(0|1) (?P<dash>10|7|5)|"
    # the choices listed: "reply 0, 1, 2 or 3"
    r"reply (with )?(0|1),? (\d,? ){0,9}or (?P<last>\d{1,2})|"
    # a questionnaire's legend: "0 = not at all, 3 = nearly every day" (PHQ-9, GAD-7: 0 to 3)
    r"(?P<legend>0 ?[=:]? ?not at all|several days|more than half( of)? the days|nearly every day)|"
    r"(?P<equals>\d{1,2}) ?= ?(\w+ ){0,3}(best|great|completely|totally|very|extremely|always|most))\b"
)
LEGEND_TOP = 3  # the questionnaires' frequency scale: 0 not at all ... 3 nearly every day
RATING = (
    r"^((like|about|around|maybe|probably|prob|its|it is|im at|at|a|an|solid|honestly|tbh) )*"
    r"(?P<n>\d{1,2})( ?/ ?\d{1,2}| out of \d{1,2})?(?![a-z0-9])(?P<rest>.*)$"
)
# topics where more is worse (a rating above zero says yes); on the others more is better (safety)
RISING = frozenset({"thoughts of suicide or self-harm", "voices", "means", "something taken"})
# a count answers a question about something taken: "maybe 10" to "have you taken any of them?"
COUNTED = frozenset({"something taken"})
COUNT = (
    r"^((like|about|around|maybe|probably|prob|only|just|at least|over|a) )*(?P<n>\d{1,3})(?![a-z0-9])"
    r"(?P<rest>.*)$"
)
RATED_SAFE, RATED_UNSAFE = 0.7, 0.3  # shares of the scale: at or above is safe, at or below is not
RATED_OFTEN = 2 / 3  # on a frequency legend: more than half the days, or nearly every day
# a mood asked for on a scale: "how was your mood today (0 = worst, 10 = best)?", "how often have you felt
# down or hopeless? 0 = not at all, 3 = nearly every day"
MOOD_TOPIC = "mood"
MOOD = (
    r"\b(mood|(felt|feeling|feel) (down|low|depressed|hopeless|sad|anxious|nervous|on edge)|"
    r"little interest or pleasure|how (are|have) you (been )?feeling|how do you feel)\b"
)
# how often a bad feeling came, counted in days or times: more is worse, as on a questionnaire's legend ("on
# how many days did you feel hopeless? reply 0-7")
BAD_OFTEN = (
    r"\b(how many (days|nights|times)|how often)\b[^?]*\b(felt|feel|feeling|had|have|been) (\w+ ){0,2}(down|"
    r"low|depressed|hopeless|sad|anxious|nervous|on edge|worthless|panic\w*|lonely|alone|thoughts|urges)\b"
)
