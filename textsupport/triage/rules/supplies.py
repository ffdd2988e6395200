"""Guards for triage about supplies in ordinary use: one's own medicine picked up, refilled or taken as usual,
a poison used in the car, the wash or against pests, and a recipe (DOMAIN section 3's false alarms). Each sets
no level above routine; `rules.ordinary` lists them among its guards, in the order `rules.urgent` reads them.

Patterns follow the conventions of `triage.rules.common`.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.medicines import PSYCH

# fmt: off
# nothing after it, on the same line, of taking them ("picked up my meds, going to take all of them")
_NOTHING_OF_TAKING = (
    r"(?![^\n]*\b(take|taking|swallow\w*|all of them|tonight|going to|gonna|end|done|bye|goodbye|last|od|"
    r"overdose|die|kill\w*|enough|stockpil\w*|sav(e|ing))\b)"
)
# a guard: one's own medicine picked up, named alone ("picked up my pills today"), with nothing after it
# of taking them: an errand
PICKED_UP = Rule("benign context: one's own medicine picked up", "routine", (
    r"(picked up|pick up|picking up|collected|got) my (meds|pills|medication|medicine|prescription|"
    r"refill)(?= *($|[^\w ]|today|this (morning|afternoon)|yesterday|at the|from the))" + _NOTHING_OF_TAKING,
), other=None)
# a guard: one's medicine picked up or refilled, a supply for months ("got my insulin and the 90 day
# supply of my pills from the pharmacy"): an errand, not pills gathered
REFILLED = Rule("benign context: medicine picked up or refilled", "routine", (
    # ... and nothing after it of taking them: "picked up my meds, going to take all of them" is no errand
    r"(picked up|pick up|picking up|grabb?ed|grab|got|collected|filled|refilled) " + _NOTHING_OF_TAKING +
    r"(\w+ ){0,6}(refills?|"
    r"prescriptions?|scripts?|supply|insulin|meds|pills|medication|puffers?|inhalers?)",
    r"(\d+|thirty|sixty|ninety|three|six) (day|days|month|months) (supply|worth)|refill\w*|"
    r"prescription|(from|at|frm) (the )?(pharmacy|drug ?store|rexall|shoppers|london drugs|costco|"
    r"walmart|safeway|superstore|pharmasave|guardian|jean coutu|uniprix|familiprix)",
), other=None, needs=2)
# a guard: a poison in ordinary use, in the car or the wash ("topped up the antifreeze in the truck")
POISON_IN_USE = Rule("benign context: a poison in ordinary use", "routine", (
    r"(topped up|top up|topping up|filled|changed|changing|flushed|flushing|checked|checking|bought|"
    r"buying|spilled) (\w+ ){0,2}(antifreeze|coolant|washer fluid|windshield fluid|bleach)",
    r"(antifreeze|coolant|washer fluid|windshield fluid|bleach) (\w+ ){0,2}(in|into|for|on) (the |my )?"
    r"(truck|car|radiator|engine|van|laundry|wash|whites|toilet|sink|tub|bathtub|shower|tiles?|grout|"
    r"counters?|floors?|bathroom|kitchen)",
    # cleaning with it: "bleach n scrubbing the bathroom all morning"
    r"(bleach|lysol|ammonia|drain cleaner|oven cleaner) (\w+ ){0,3}(scrub\w*|clean\w*|mop\w*|"
    r"wip(e|ed|es|ing)|disinfect\w*)|"
    r"(scrub\w*|clean\w*|mop\w*|disinfect\w*) (\w+ ){0,4}with (\w+ )?(bleach|lysol|ammonia)",
), other=None)
# a guard: a poison put out for pests on the farm or in the yard ("laid gopher bait along the fence")
POISON_FOR_PESTS = Rule("benign context: poison for pests", "routine", (
    r"(put|putting|puts|laid|lay|laying|spread\w*|set|setting) (out|down) (\w+ ){0,2}(poison|bait|"
    r"pesticide|rodenticide)",
    r"(poison|bait|pesticide|rodenticide|traps?) (on|in|along|around|across|for|under) (the |my |our )?"
    r"(\w+ ){0,2}(field|fields|quarter|section|yard|barn|garden|shed|fence|pasture|farm|lawn|basement|"
    r"garage|crops?|gophers?|mice|rats|pests|ants|wasps|slugs|weeds)",
), other=None)
# a guard: a measure in a recipe ("800g of flour", "2 cups of sugar"), and a step of it one cannot bring
# oneself to do, ending the reply ("la recette dit de ..., je peux pas")
RECIPE = Rule("benign context: a recipe", "routine", (
    r"(recipes?|(la |una |le |une )?(receta|recette)s?)(?=[^.!?\n]{0,80}[,.] *(je (ne )?(peux|peu) pas|"
    r"j peux pas|i cant|i cannot|no puedo)( (do it|do that|faire ca|hacerlo))?(?= *($|[^\w ])))[^.!?\n]"
    r"{0,80}[,.] *(je (ne )?(peux|peu) pas|j peux pas|i cant|i cannot|no puedo)( (do it|do that|faire ca|"
    r"hacerlo))?|"
    # ... never a prescription: "la farmacia no me la quiere dar sin receta nueva"
    r"recipes?|(?<!sin )(?<!con )(?<!nueva )(?<!otra )(la |una |le |une )?(receta|recette)s?(?! (medica|"
    r"nueva|"
    r"del (doctor|medico)|de (mi|el|la) (doctora?|medic[oa])))|"
    r"\d+ ?(g|grams?|kg|ml|l|cups?|tbsp|tsp|oz|lbs?) (of )?(flour|sugar|butter|rice|pasta|water|"
    r"milk|oats|salt|yeast|cheese|meat|beef|chicken|chocolate|cream|dough|broth|stock)",
), other=None)
# a guard, not a risk: one's own medicine taken as usual, no quantity ("tome mis pastillas esta manana").
# It sets no level; the model does not read its clause and needs the guarded thresholds, as it reads
# "tome ... pastillas" as an overdose. "tome todas mis pastillas" does not match (the quantity breaks the
# phrase): caught above.
TAKEN_AS_USUAL = Rule("benign context: medicine taken as usual", "routine", (
    # in English: "took my pills this morning like im supposed to", "take my meds as prescribed"
    # ... or a medicine named: "took my lithium at bedtime like always"
    rf"(took|take|taken|taking) my (meds|pills|medication|medicine|tablets|{PSYCH}) (\w+ ){{0,3}}(like|as) "
    r"(im |i am |i was |the doctor |my doctor |the doc )?(supposed to|told|usual|always|prescribed|"
    r"directed|said)",
    r"(ya )?(me )?(tome|tomo|tomare) (mis|mi|las|la) (pastillas?|medicinas?|medicamentos?)"
    r"(?= *($|[^\w ]|esta|hoy|con|a (tiempo|las)|como|todos los))",
    r"(j ai )?(pris|prends|prendre) (mes|mon|ma|les) (medicaments?|medocs|pilules?|comprimes?|cachets?)"
    r"(?= *($|[^\w ]|ce|aujourd|avec|a l heure|comme|le (matin|soir)|chaque))",
), other=None)
# fmt: on
