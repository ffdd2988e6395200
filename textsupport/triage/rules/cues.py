"""Cues the guards read around a match: clause breaks, negation, jokes, who the subject is, and a
denial after the phrase or of the thought itself (DOMAIN section 3's false alarms).

Same conventions as `triage.rules.common`: regexes over normalised text, or sets of its words.
"""

from __future__ import annotations

from textsupport.triage.rules.common import words

CLAUSE_BREAK = r"[.!?;,:\n]|\b(but|though|although|however|except|mais|pero)\b"
NEGATORS = words(
    "not never no dont doesnt didnt isnt wasnt wont wouldnt aint nor havent hasnt hadnt arent werent "
    "pas jamais ne n "  # French: "je ne vais pas me tuer"
    "nunca jamas ni"  # Spanish ("no" is shared with English)
)
# "no" opening a clause before an English verb answers a question, it negates nothing: "no ran out friday"
ANSWERING_NO = words("no nope nah")
# ... nor before "and" going on to what is so: "no and the pills are right here"
AFTER_ANSWERING_NO = words(
    "ran run running stopped quit took lost forgot missed finished skipped dropped and"
)
# a negator right before "not" cancels it: "i dont not want to die", "i cant not think about it"
BEFORE_NOT = words("dont doesnt didnt wont wouldnt cant couldnt shouldnt isnt wasnt not never")
ELIDED_NEGATORS = words("n")  # French n' only stands before a vowel or h ("n ai", "n en", "n y")
ELISION_OPENINGS = tuple("aeiouhy")
NEGATION_WINDOW = 4  # words before the matched phrase, within its clause
# "not sure"; "ya no aguanto" (I cannot bear it any more) does not negate what follows
NOT_A_NEGATION = words("sure know worry tell bother judge matter se sais sabe aguanto soporto waking idea")
# a negation hedged in turn does not rule the act out ("im not saying i wont do it", "cant promise i wont")
DOUBLE_NEGATIVE = (
    r"\b(not|never|dont|cant|wont|wouldnt|couldnt|no) (saying|say|sure|promise|promising|know if|guarantee|"
    r"swear|telling you|think)( that| if)?( i| im| ill| id| i would)?$|"
    r"\bno (promises|guarantees)( that)?( i| im| ill)?$|"
    # no reason not to: "havent got one reason not to end it", "theres no reason not to"
    r"\b(no|not (a|one|any|a single)|(havent|hasnt|dont|cant) (got |have |find |see )?(a|one|any|a single)|"
    r"without (a|one|any)) (good |real |single |decent )?reasons?( left)?$|"
    # a denial denied: "its not that id never hurt myself", "not like i wouldnt"
    r"\b(not|isnt|wasnt|its not|it isnt) (that|like|as if|as though)( i| id| i would| im| ill)?$|"
    # ... in Spanish and French: "no es que no quiera matarme", "c est pas que je veux pas mourir"
    r"\b(no es|no era|c est pas|ce n est pas|c etait pas|n est pas|est pas) (que|como si)"
    r"( yo| je| j| j ai| je suis)?$|"
    # a hedged denial does not rule it out: "im probably not going to kill myself", "hopefully i wont"
    r"\b(probably|prolly|probs|prob|maybe|likely|hopefully|possibly|i guess|i hope)"
    r"( i| im| ill| id| i would)?$"
)
# a joke marked as a joke (DOMAIN section 3: a false alarm) ... unless taken back ("jk... unless?")
JOKE = (
    r"\b(jk|j k|just kidding|kidding|joking|im joking|es broma|je blague|c est une blague|"
    # in Tagalog and Québec French, and a plea taken back: "joke lang", "c est une joke la", "not real help"
    r"joke lang|biro lang|charot|char lang|c est une joke|une joke|(not|no) real (help|emergency))\b|"
    # a joke flagged in brackets or with a bang: "(joke!! im fine)", "joke!"
    r"\(joke\b|(?<!\ba )(?<!\bthe )\bjoke ?!"
)
# a joke denied is no joke: "not even joking", "no joke", "dead serious", "c est pas une blague"
JOKE_TAKEN_BACK = (
    r"\b(unless|fr|for real|seriously|no but|or am i|half joking|half kidding|kinda not|"
    r"(not|im not|not even|no|sans) (joking|kidding|joke|blague|jk|j k)|(im |i am )?dead serious|im serious|"
    r"(pas|pas une|c est pas une) blague|no es (broma|chiste)|en serio)\b"
)
# "thank you", "love you": the one addressed is not a person at risk
ADDRESSED = words("thank thanks love luv miss")
SUBJECT_I = words("i im ive id ill je j yo")  # a new first-person clause ends a negation
NOT_BECAUSE = ("not", "because")
# a negation before an inverted subject: "never would i hurt myself"
INVERTED_NEGATIONS = frozenset(
    (n, v) for n in ("never", "not", "no") for v in ("would", "will", "could", "did")
)  # ... except a reason denied: "not because im going to hurt myself"
SELF = SUBJECT_I | words("me my myself moi")
# a phrase that opens with its own subject starts a new clause: "if i dont answer, youll know why"
NEW_SUBJECT = SUBJECT_I | words("you youll youre he hes she shes they theyll theyre")
THIRD_PERSON = words(
    "he she they hes shes theyre theyve hed shed theyd you youre il elle ils elles ella ellos ellas "
    "friend friends buddy bf gf boyfriend girlfriend partner husband wife mom mum mother dad father "
    "brother sister bro sis son daughter kid kids child cousin aunt uncle grandma grandpa nan roommate "
    "roomie flatmate housemate neighbour neighbor coworker boss ex classmate someone somebody hermano "
    "hermana amigo amiga kaibigan kapatid "
    "lady guy man woman person girl boy bestie chum "
    "hijo hija madre padre mama papa esposo esposa novio novia frere soeur ami amie fils fille mere pere "
    "copain copine mari chum mec gars pote coloc voisin voisine vecino vecina primo prima tio tia "
    "dog cat pet puppy kitten fish bird hamster plant plants phone battery laptop computer tv"  # things
)
# a phrase that opens with another person's present state: "[shes on the bridge]" (not "[he died]")
HE_SHE_THEY_IS = tuple(
    f"{subject} "
    for subject in (
        "hes",
        "shes",
        "theyre",
        *(f"{p} {v}" for p in ("he", "she", "they") for v in ("is", "s", "are", "has", "have")),
    )
)
OTHER_REFLEXIVE = r"\b(himself|herself|themselves|themself|yourself)\b"  # "my brother ... kill himself"
NEGATED_AFTER = (
    r" ?(is |s |are |was )?(not|isnt|aint|wasnt|never) ((something|a thing) (i|id|ill|im|i would|"
    r"i will)( ever"
    r"| really| even)? (do|consider|want|go for)|an option|on the table|in the cards|on my mind|"
    r"in my plans?)|"
    r" ?(has |have )?never (crossed|been on|entered) my mind| ?(is |are )?(off the table|out of the question)"
)
# a denial of the thought itself: "not having any thoughts of [ending it]", "no urges to [cut]"
NEGATED_THOUGHT = (
    r"\b(not|no|never|dont|didnt|havent|hasnt|without|zero)( (having|have|had|been having|get|getting|got))?"
    r"( any( more)?| the| those| these)? (thoughts?|urges?|plans?|intentions?|desire|wish|ideas?|feelings?) "
    r"(of|about|to|for|around) $"
)
# all that is left of a reply once its past is blanked out: "[last year i cut a lot], now no longer"
