"""Guards for the model (DOMAIN section 3's false alarms), found in rounds 38-39 in English, French and
Spanish: replies no rule placed at crisis that the model read as crisis for a word of blades, gas or a
night outside, in ordinary use. Each is a guard, not a level: the model needs its guarded confidence to
raise such a reply to crisis. A meal cooked with its knives sharpened; a workshop's saws and what they
built; a gas alarm at work with one's crew safe; a night outside told as last winter's, with a roof now; a
question about our survey; a night in a car in the cold, a blackout, told and nothing more (urgent, by
NEEDS, not crisis). NEEDS reads those urgent needs in French and Spanish, and not managing in plain words.
Same conventions as `rules.common`.
"""

from __future__ import annotations

from textsupport.triage.rules.common import Rule

# a night in a car or outside (French, Spanish): "estoy durmiendo en el carro", "je dors dans mon char"
IN_A_CAR = (
    r"(sleeping|sleep|slept|durmiendo|dormir|dormi|duermo|dors|dormais|couche|coucher) (outside|afuera|"
    r"dehors|(in|en|dans) (my|the|el|mi|la|mon|ma|le) (car|truck|van|carro|coche|auto|camioneta|troca|char|"
    r"voiture|camion))"
)
# ... in the cold: "va a estar a -30", "il fait moins 30"
COLD = (
    r"(estar|hacer|hace|fait|faire|be|its|it s) (a |de |like )?(menos |moins |minus )?\d\d( grados| degres| "
    r"degrees)?( tonight| esta noche| ce soir)|(il|y|ca|va) (fait|faire) (\w+ )?(moins )?\d\d|(hace|hacer|"
    r"estar a) (menos )?\d\d|(char|auto|voiture|carro|coche|dehors|afuera) a (moins |menos )?\d\d|"
    r"menos \d+|moins \d+|minus \d+|\d+ below|bajo cero|sous zero|helad\w*|congel\w*|freezing|frette|glacial"
)
# heavy drinking and a blackout: "j'ai bu en masse hier soir pis je me souviens de rien"
BLACKOUT = (
    r"(bu|bois|drank|drunk|bebi|tome) (\w+ ){0,3}(en masse|trop|beaucoup|too much|way too much|demasiado|"
    r"un chingo|mucho)|(trop|beaucoup) bu",
    r"(souviens|rappelle) (de )?(rien|pas)|(no me acuerdo|no recuerdo) (de )?nada|(dont|do not|cant) "
    r"remember (anything|a thing|how i got)|blacked out|me (suis )?reveille\w* (dans|a|sur)|"
    r"woke up (in|on) (my|the|a)",
)

# fmt: off
NEEDS = (
    Rule("unsafe: nowhere warm to sleep in the cold (French, Spanish)", "urgent", (IN_A_CAR, COLD),
         other="urgent", needs=2),
    Rule("heavy use with a blackout", "urgent", BLACKOUT, other=None, needs=2),
    Rule("distress: not managing", "urgent", (
        r"(have not|havent|not|ive not) been (managing|coping|doing) (well|good|so well|very well)|"
        r"(j ai pas|je n ai pas) (ete capable|reussi)|no (he podido|he estado) (con todo|bien)",
    ), other=None),
)
GUARDS = (
    # a meal, its knives sharpened or its meat cut: "faut que j'aiguise les couteaux pis que je coupe le porc"
    Rule("benign context: knives for a meal", "routine", (
        r"(aiguis\w*|sharpen\w*|afilar|afile|afilo) (\w+ ){0,2}(couteaux|couteau|knives|knife|cuchillos?)|"
        r"(coupe|couper|cut|cutting|corto|cortar) (\w+ ){0,2}(le |la |the |el |la )?(porc|boeuf|poulet|"
        r"dinde|jambon|pork|beef|turkey|ham|roast|cerdo|pollo|carne)",
        r"tourtiere|pate|tarte|reveillon|souper|diner|repas|recette|dinner|supper|roast|stew|pie|christmas|"
        r"thanksgiving|cena|receta|navidad|tamales",
    ), other=None, needs=2),
    # a workshop's tools and what they made: "in the shop all day with the chainsaw, built a bench"
    Rule("benign context: tools in a workshop", "routine", (
        r"chainsaw|table saw|circular saw|mitre saw|miter saw|band saw|jigsaw|router|lathe|grinder|"
        r"scie (a chaine|ronde|sauteuse)|tronconneuse|motosierra|sierra",
        r"(built|made|building|making|finished|fixed|repaired|cut) (a |an |the |some |my |new )?(\w+ )?"
        r"(bench|table|shelf|shelves|deck|fence|shed|chair|birdhouse|cabinet|firewood|wood|boards?|"
        r"planter|raised bed)|(construit|fabrique|fait) (un|une|des) (banc|table|etagere|cabane)|"
        r"(construi|hice) (un|una) (banco|mesa|repisa)",
    ), other=None, needs=2),
    # a gas alarm at work with the crew safe: "H2S alarm on the next lease but we're upwind, all good"
    Rule("benign context: a gas alarm at work, all safe", "routine", (
        r"h2s|sour gas|gas (alarm|monitor|detector)|lel|rig floor|tripping pipe|lease|well ?site",
        r"upwind|all (good|clear|safe)|(were|we re|we are|im|i m) (fine|safe|ok|good)|no one hurt|"
        r"nobody hurt",
    ), other=None, needs=2),
    # a night outside told as last winter's, a roof now: "last winter i slept in the stairwell. this winter
    # i have my own keys"
    Rule("past: a night outside, a roof now", "routine", (
        r"(last|that) (winter|year|fall|spring|summer) i (slept|was sleeping|stayed|lived|was living) "
        r"(in|on|at|under|outside)|l (hiver|annee) (passee?|derniere?) (j ai dormi|je dormais)|el (invierno|"
        r"ano) pasado (dormi|dormia)",
        r"(this|now) (winter|year|i) (\w+ ){0,2}(have|got|ve got) (my own|a) (keys?|place|apartment|suite|"
        r"room|home|bed)|(mes|mis) (propres )?(cles|llaves)|(mon|mi) (propre )?(appart\w*|departamento|"
        r"logement)",
    ), other=None, needs=2),
    # a question about the survey we sent: "whats the survey about again and how long does it take"
    Rule("benign context: a question about our survey", "routine", (
        r"(what s|whats|what is|how long|how many questions|when is|where is|is there|do i get|de quoi|"
        r"combien de temps|de que|cuanto (tiempo|dura)) (\w+ ){0,4}(the |this |that |le |la |el )?(survey|"
        r"questionnaire|sondage|encuesta|cuestionario)|(survey|questionnaire|sondage|encuesta) (\w+ ){0,3}"
        r"(about|take|long|dure|prend|toma|tarda)",
    ), other=None),
    # guards for the model: a night in a car in the cold, or a blackout, told and nothing more is urgent by
    # NEEDS and rules.urgent (section 3); its words say nothing more for the model to weigh
    Rule("benign context: a night in a car in the cold", "routine", (
        r"(durmiendo|dors) (en|dans) (el|mi|mon) (carro|coche|char|voiture)", COLD,
    ), other=None, needs=2),
    Rule("benign context: a blackout told", "routine", BLACKOUT, other=None, needs=2),
)
# fmt: on
