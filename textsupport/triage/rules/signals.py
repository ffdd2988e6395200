"""Crisis rules for signs told in passing (DOMAIN section 3), found misread in rounds 38-39 in English, French
and Spanish: someone else saying they will end their life (a third party at risk now, not a worry about
them); one's life insurance as what the family would be better off with; a question of how toxic a medicine
gets taken double or triple; a supply of medicine received and called a sign; a pet handed on beside thanks
for everything. Same conventions as `rules.common`.
"""

from __future__ import annotations

from textsupport.triage.rules.arrangements import ABSENCE
from textsupport.triage.rules.common import Rule

# someone else saying they will end their life: "theres a guy saying hes gonna step in front of the bus"
_THEIR_END = (
    r"(ending it( all)?|end(ing)? (his|her|their) (own )?life|kill(ing)? (himself|herself|themselves|"
    r"themself)|"
    r"step(ping)? in front of|jump(ing)? (off|from|in front)|shoot(ing)? (himself|herself|themselves)|"
    r"hang(ing)? (himself|herself|themselves)|tak(e|ing) (his|her|their) (own )?life|unaliv\w*)"
)
SAYING_THEY_WILL = (
    r"(saying|says|said|threatening|threatens)( that)? (hes|shes|he is|she is|theyre|they are|he|she|they|"
    rf"hed|shed) (is |s )?(gonna|going to|will|about to|ll) {_THEIR_END}",
)
# ... or talking about it with a means at hand: "my son has the shotgun out talking about ending it" (talk of
# it alone is a worry, urgent: "my son keeps talking about suicide, im worried")
TALKING_ABOUT_IT = rf"(talking|talks|talked|going on) about ({_THEIR_END}|suicide|killing (him|her)self)"
MEANS_AT_HAND = (
    r"(has|got|with|holding|grabbed|took out|loaded) (the |a |his |her |their |dads |my )?(gun|shotgun|rifle|"
    r"pistol|handgun|pills|rope|knife|blade)|(gun|shotgun|rifle|pistol) (is )?out"
)
# ... unless it is talk about the subject: a class, a film, a training, a song
TALK_ABOUT_IT = (
    r"\b(prevention|awareness|training|course|class|lecture|movie|film|show|episode|series|book|novel|"
    r"podcast|documentary|lyrics?|song|game|research|essay|paper|years ago|used to)\b",
)
# one's death as the family's gain: "theyd be better off with the insurance money"
INSURANCE_GAIN = (
    r"better off with (the|my) (life )?insurance( money| payout| cheque| check)?|"
    r"(cash|cashing|collect|collecting) (in )?(on )?my (life )?insurance|"
    r"(estarian|estarán|estaran) mejor con (el dinero del|la plata del|mi|el) seguro( de vida)?|"
    r"(seraient|serait) mieux avec (l argent de )?(l|mon) assurance( vie)?"
)
# ... unless the insurance is for a loss: a flood, a fire, a car
INSURED_LOSS = (
    r"\b(flood\w*|fire|accident|crash|claim|car|truck|house|roof|hail|storm|damage\w*|stolen|theft|"
    r"deductible|inondation|incendie|accidente|choque|sinistre)\b",
)
# how toxic a medicine gets taken double or triple: "does lithium get toxic faster if u double up?"
DOUBLED_TOXIC = (
    r"(toxic|lethal|fatal|deadly|dangerous|kill (you|me|someone|a person))\w* (\w+ ){0,4}if (u|you|i|someone|"
    r"a person|one|ya) (double|triple|(take|took|takes|taking) (double|triple|twice|three times|the whole|"
    r"all))|"
    r"(double|triple)( or (double|triple))? (up|dose|doses|it|them)\w* (\w+ ){0,4}(toxic|lethal|fatal|"
    r"deadly)|"
    r"(toxico|toxica|mortal|letal) (\w+ ){0,3}si (tomo|me tomo|tomas|uno toma|te tomas) (el doble|"
    r"el triple|doble|"
    r"triple)|"
    r"(toxique|mortel|letal) si (on|je|tu) (double|triple|prend\w* (le double|le triple))"
)
# ... unless a dose was missed: "is it dangerous if i double up after a missed dose?"
MISSED_DOSE = r"\b(missed|miss|forgot|forgotten|skipped|oublie\w*|olvide|olvidé|saute)\b"
# a supply of medicine received and called a sign: "pharmacy gave me 3 months of lithium at once"
SUPPLY = (
    r"(\d+|two|three|four|six|several|a few) (months?|weeks?)( worth)? of (my )?(<MEDS>|lithium|clozapine|"
    r"insulin|\w+ pills)|(gave|handed|filled|dispensed|sent) me (\w+ ){0,3}(months?|bottles?|packs?) "
    r"(\w+ ){0,3}(at once|by mistake|by accident)|(meses|mois) de (<MEDS>|litio|lithium|pastillas|pilules)"
)
A_SIGN = (
    r"(feels|felt|seems|seemed|like|maybe|its|thats) (like )?a sign|(es|parece) una senal|(c est|"
    r"comme) un signe"
)
# thanks for everything said as a goodbye: "merci pour tout ce que vous avez fait", "gracias por todo"
THANKS_ALL = (
    r"(thanks|thank you|thank u|thx|ty) (so much |again )?for (everything|all (that )?you (did|have done|ve "
    r"done|do))|merci (pour|de) tout|gracias por todo"
)
# ... and a pet handed on to someone: "mon frere va prendre le chien", "my sister is taking the dog"
# ... unless the pet is minded for a while: a walk, the vet, the weekend
PET_MINDED = (
    r"\b(walks?|walking|park|groomer|vet|weekend|while|tomorrow|today|promenade|paseo|demain|manana)\b",
)
PET_HANDED_ON = (
    r"(is|s|will be|gonna be|going to be|will|can|agreed to) (taking|take|look after|looking after|keep|"
    r"keeping|have|having) (the|my) <PET>|va (prendre|garder|s occuper de) (le|la|les|mon|ma|mes) <PET>|"
    r"se va a (quedar con|llevar|encargar de) (el|la|los|las|mi|mis) <PET>|<PET> (goes|is going|will go) to "
    r"(my|her|his)"
)

# not minding not waking, beside a wish to die denied: "no es que quiera morirme pero tampoco me importaria no
# despertar", "its not that i want to die but i wouldnt care if i didnt wake up"
NOT_WAKING_WELCOME = (
    r"(tampoco |no )?me (importaria|molestaria) (\w+ ){0,2}(no despertar\w*|no volver a despertar\w*|"
    r"dormirme y no despertar\w*)|(wouldnt|would not|wouldn t) (mind|care)( \w+){0,2} (if )?i (didnt|did not|"
    r"never) wake( up)?|(ca|cela) (ne )?me (derangerait|derange) (pas|plus) (de )?(ne )?(pas|"
    r"plus) me reveiller"
)

# someone else gone out into the cold and not back: "she walked out toward the bush an hour ago in this
# cold and shes not back"
GONE_INTO_COLD = (
    r"(walked|went|wandered|headed|ran|took off|left) (out |off )?(\w+ ){0,6}(in this|in the|into the) (cold|"
    r"snow|storm|blizzard)|(walked|went|wandered|headed|ran) (out |off )?(toward|towards|into|to) (the )?"
    r"(bush|woods|river|lake|coulee|field)|(parti|partie|sorti|sortie) (\w+ ){0,4}(dans le|au|vers le) "
    r"(froid|bois|bush)|se fue (\w+ ){0,4}(al|hacia el) (monte|bosque|rio|frio)"
)
NOT_BACK = (
    r"(shes|hes|theyre|she is|he is|they are|she s|he s) (still )?not back|(hasnt|has not|havent|have not|"
    r"never) (come|came) back|no sign of (him|her|them)|cant find (him|her|them)|(pas|toujours pas) "
    r"revenue?|no (ha|han) (vuelto|regresado)"
)
# ... unless on an errand or a chore: "went out to the barn in the cold to feed the cows, not back yet"
ERRAND = (
    r"\b(feed\w*|chores?|barn|shovel\w*|store|shop|work|hunting|fishing|snowmobil\w*|ski\w*|skating|plow\w*|"
    r"errands?|groceries|walk the dog|walking the dog)\b",
)

# fmt: off
SIGNALS = (
    Rule("someone else in danger now: gone into the cold, not back", "crisis", (GONE_INTO_COLD, NOT_BACK),
         other="crisis", needs=2, emergency=True, unless_message=ERRAND),
    Rule("ambivalence: not minding not waking", "crisis", (NOT_WAKING_WELCOME,), other=None),
    Rule("someone else in danger now: saying they will end their life", "crisis", SAYING_THEY_WILL,
         other="crisis", emergency=True, unless_message=TALK_ABOUT_IT),
    Rule("someone else in danger now: talk of ending it, a means at hand", "crisis",
         (TALKING_ABOUT_IT, MEANS_AT_HAND), other="crisis", needs=2, emergency=True,
         unless_message=TALK_ABOUT_IT),
    Rule("suicidal: the insurance money", "crisis", (INSURANCE_GAIN,), other="crisis",
         unless_message=INSURED_LOSS),
    Rule("lethality: a medicine taken double", "crisis", (DOUBLED_TOXIC,), other="crisis",
         unless_message=(MISSED_DOSE,)),
    Rule("lethal means: a supply called a sign", "crisis", (SUPPLY, A_SIGN), other=None, needs=2),
    Rule("a veiled farewell: thanks for everything, a pet handed on", "crisis", (THANKS_ALL, PET_HANDED_ON),
         other="crisis", needs=2, unless_message=ABSENCE + PET_MINDED),
)
# fmt: on
