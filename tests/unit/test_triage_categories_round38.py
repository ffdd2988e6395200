"""Table tests for the categories of DOMAIN section 3 that rounds 38-39 found misread in English, French and
Spanish, written for each category in general: someone else saying they will end their life; one's life
insurance as what the family would be better off with; how toxic a medicine gets taken double; a supply of
medicine called a sign; not minding not waking, beside a wish to die denied; thanks for everything beside a
pet handed on; the means kept when we asked to put them in another room. Urgent: a night in a car in the
cold (French, Spanish); heavy drinking and a blackout; psychosis with harm denied in two words; not managing;
an offer of a call accepted; where one sleeps in the cold, unknown. False alarms: killing time, knives for a
meal, a workshop's saws, a gas alarm at work with all safe, a night outside told as last winter's, a question
about our survey, rope for an ice-fishing shack, a gun on the farm with the vet, a nurse drawing up doses, an
attempt told as past with its day. Each reply was written for this file, not copied from a blind batch or the
labelled set."""

import pytest

from tests.support.triage_tables import category_tests, urgent_rules_test
from textsupport.triage import classify, decision

DAILY_STRENGTH = ("daily", "You've made it through every hard day so far. That counts.")
MEANS_AWAY = ("staff_reply", "I'm worried about you. Could you put the pills in another room while we talk?")
KNIFE_AWAY = ("staff_reply", "Can you put the knife in another room while we text?")
PASTILLAS_AWAY = ("staff_reply", "¿Puedes poner las pastillas en otro cuarto mientras hablamos?")
DOSE_TAKEN = ("staff_reply", "Did you take your meds this morning?")
CALL_HELP = ("staff_reply", "That sounds like a lot. Would a call from your nurse this afternoon help?")
SLEEP_COLD = ("staff_question", "Where will you be sleeping tonight? It's going to be -30.")

CRISIS = {
    "someone else in danger now: saying they will end their life": [
        "my dad has his rifle out and keeps talking about ending it, im at school",
        "a lady on the platform keeps saying shes going to jump in front of the train",
        "my roommate is saying hes gonna kill himself tonight and locked his door",
        "mi hermano dice que se va a matar, tiene la pistola en la mano",
        "ma blonde dit qu'elle va se tuer ce soir, elle s'est enfermée",
    ],
    "suicidal: the family better off with the insurance": [
        "my wife would be better off with my life insurance, its paid up",
        "everyone would be better off with the insurance money. not long now",
        "mis hijos estarían mejor con el seguro de vida",
        "mes enfants seraient mieux avec l'assurance vie",
    ],
    "lethality: a medicine taken double or triple": [
        "is seroquel lethal if you triple the dose? just curious",
        "would my lithium get toxic if i took double tonight",
        "if you double up on clozapine is it deadly",
        "es tóxico el litio si tomo el doble?",
        "c'est tu mortel si je prends le double de mes pilules",
    ],
    "lethal means: a supply called a sign": [
        "the pharmacy sent me 6 months of my sleeping pills at once. feels like a sign",
        "got 3 months worth of seroquel today, maybe its a sign",
        "me dieron tres meses de pastillas de una vez. parece una señal",
    ],
    "ambivalence: not minding not waking": [
        "i dont want to die exactly but i wouldnt mind if i didnt wake up",
        "no quiero morirme pero no me importaría no despertar",
        "no es que me quiera matar, pero no me molestaría dormirme y no despertar",
    ],
    "a veiled farewell: thanks for everything, a pet handed on": [
        "thank you for everything you did. my neighbour is taking the cat. be well",
        "thanks so much for everything. my son will look after the dog",
        "merci pour tout. ma soeur va garder mon chat",
        "gracias por todo. mi hermana se va a quedar con el perro",
    ],
    "someone else in danger now: gone into the cold, not back": [
        "my grandpa stopped his meds and wandered off toward the river in this cold, hes still not back",
        "my mom went out into the snow two hours ago after saying goodbye and she hasnt come back",
        "ma mère est partie dans le bois avec ce froid pis elle est toujours pas revenue",
    ],
}
URGENT = {
    "no warm place to sleep in the cold (French, Spanish)": [
        "voy a dormir en la camioneta, va a hacer menos 35",
        "je vais dormir dans mon char, il fait moins 30 dehors",
    ],
    "heavy drinking and a blackout": [
        "drank way too much last night, dont remember anything, woke up on my porch",
        "j'ai trop bu samedi, je me souviens de rien",
        "tomé demasiado anoche y no me acuerdo de nada",
    ],
    "psychosis, harm denied in two words": [
        "pretty sure theres a camera in the smoke alarm watching me. not going to do anything, i just "
        "want it to"
        " stop",
    ],
    "not managing": [
        "havent been managing well since my husband went into care, could someone call",
        "I have not been coping well at all this month",
    ],
}
ROUTINE = {
    "killing time (an idiom)": [
        "on a tué le temps au bingo, c'était drôle",
        "matando el tiempo en la sala de espera, todo bien",
    ],
    "knives for a meal": [
        "faut que j'aiguise les couteaux pour couper la dinde du souper",
        "sharpened all the knives to carve the roast for christmas dinner",
        "voy a afilar los cuchillos para cortar el cerdo de la cena",
    ],
    "a workshop's saws and what they made": [
        "spent saturday with the table saw, built a birdhouse with my grandson",
        "toute la journée avec la tronçonneuse, j'ai fait un banc pour le jardin",
    ],
    "a gas alarm at work, all safe": [
        "gas monitor went off at the well site again, false alarm, we're fine",
        "sour gas alarm at the lease this morning but the crew was upwind, all good",
    ],
    "a night outside told as last winter's, a roof now": [
        "last winter i slept in a bus shelter. now i have my own place",
        "l'hiver passé je dormais dehors. cette année j'ai mes propres clés",
    ],
    "a question about our survey": [
        "how long does the survey take",
        "de quoi parle le sondage?",
    ],
    "lethal-means words in ordinary use": [
        "bought rope and a tarp for the ice fishing shack this weekend",
        "vet came out and put down two of the cows with the rifle, sad day on the farm",
        "on the unit all night, drew up the insulin for every bed",
    ],
    "an attempt told as past with its day": [
        "two years today since i tried to end it. grateful to be alive",
        "my doctor and i talked about the overdose i had in 2018. glad thats behind me",
    ],
}

test_each_category_of_section_3, test_the_rules_alone_read_each_crisis = category_tests(
    CRISIS, URGENT, ROUTINE
)

test_the_rules_alone_read_each_urgent_need = urgent_rules_test(URGENT)


@pytest.mark.parametrize(
    "text",
    [
        # a night in a car in the cold, a blackout, psychosis with harm denied: urgent, not crisis
        "voy a dormir en la camioneta, va a hacer menos 35",
        "j'ai trop bu samedi, je me souviens de rien",
        "pretty sure theres a camera in the smoke alarm watching me. not going to do anything, i just "
        "want it to"
        " stop",
    ],
)
def test_these_needs_are_urgent_not_crisis(text):
    assert classify(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # the same words with what makes them risk taken away: the rules must not read these as crisis
        "my students were talking about suicide prevention week in class",
        "in the movie the dad keeps talking about ending it all, so sad",
        "is it dangerous if i double up on my lithium after a missed dose",
        "thanks for everything! my sister is taking the dog while im on vacation",
        "my brother is taking the dog for a walk, thanks for everything today",
        "dad went out to the barn in the cold to feed the cows and hes not back yet",
    ],
)
def test_the_new_rules_do_not_read_these_counterparts(text):
    assert decision.rules_read(text)[0].level != "crisis"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # the means kept when we asked to put them away: crisis; put away: routine
        ("no", MEANS_AWAY, "crisis"),
        ("nope", KNIFE_AWAY, "crisis"),
        ("no", PASTILLAS_AWAY, "crisis"),
        ("ok done, theyre in the kitchen", MEANS_AWAY, "routine"),
        # "no" to whether a dose was taken stays what it was (urgent)
        ("no", DOSE_TAKEN, "urgent"),
        # a call offered as a help, accepted: asking for contact soon
        ("yes please", CALL_HELP, "urgent"),
        ("no thanks im ok", CALL_HELP, "routine"),
        # where one sleeps in the cold, unknown: urgent
        ("dunno", SLEEP_COLD, "urgent"),
        ("no idea", SLEEP_COLD, "urgent"),
        # a time left, short, to our daily text: no mere answer to it
        ("not for much longer lol", DAILY_STRENGTH, "crisis"),
        ("pas pour longtemps", DAILY_STRENGTH, "crisis"),
    ],
)
def test_answers_in_context(text, context, expected):
    assert classify(text, context).level == expected
