"""Triage of SMS replies: keywords, every crisis category, negation, idioms, third parties, robustness."""

import random
from dataclasses import FrozenInstanceError

import pytest

from textsupport.triage import LEVELS, Verdict, classifier, classify, keyword

# --- keywords --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        *[(word, "STOP") for word in ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE")],
        ("OPTOUT", "STOP"),
        ("ARRET", "STOP"),
        ("ARRÊT", "STOP"),
        ("Arrêt.", "STOP"),
        ("Arrêt", "STOP"),
        ("arrête", "STOP"),
        ("Arrête!", "STOP"),
        ("ARRÊTE", "STOP"),
        ("Arrêtez.", "STOP"),
        ("ARRE\u0302T", "STOP"),  # the accent as a combining mark (NFD), as some phones send it
        ("arre\u0302te", "STOP"),
        ("stop", "STOP"),
        (" Stop. ", "STOP"),
        ("STOP!!", "STOP"),
        ("Unsubscribe", "STOP"),
        ("quit!", "STOP"),
        ("stop all", "STOP"),  # inner spaces are ignored
        ("opt out", "STOP"),
        ("\tcancel\n", "STOP"),
        ("ＳＴＯＰ", "STOP"),  # full-width letters fold to ASCII
        *[(word, "START") for word in ("START", "start", "YES", "Yes!", "UNSTOP", "unstop.")],
        *[(word, "HELP") for word in ("HELP", "help", "Help.", "HELP!!", " help ", "INFO", "info?")],
    ],
)
def test_keywords_are_matched_on_the_whole_message(text, family):
    assert keyword(text) == family
    assert classify(text).keyword == family


@pytest.mark.parametrize(
    "text",
    [
        "stop it",
        "stop it lol my cat is sitting on my phone",
        "please stop texting me",
        "help me please",
        "help me",
        "yes please",
        "start please",
        "end it",
        "the end",
        "can you help",
        "info about the group?",
        "stopp",
        "",
        "   ",
        "!!!",
    ],
)
def test_sentences_that_contain_a_keyword_are_not_keywords(text):
    assert keyword(text) is None
    assert classify(text).keyword is None


@pytest.mark.parametrize(
    ("text", "family"),
    [("STOP", "STOP"), ("unsubscribe", "STOP"), ("start", "START"), ("YES", "START"), ("INFO", "HELP")],
)
def test_stop_start_and_info_are_routine(text, family):
    verdict = classify(text)
    assert (verdict.level, verdict.keyword, verdict.opt_out_request) == ("routine", family, False)


@pytest.mark.parametrize("text", ["HELP", "help", "Help!", " HELP. "])
def test_a_bare_help_is_urgent_because_it_may_be_a_cry_for_help(text):
    assert classify(text) == Verdict("urgent", "HELP", ("bare HELP may be a cry for help",))


@pytest.mark.parametrize(("text", "level"), [("help me please", "urgent"), ("help me", "urgent")])
def test_help_in_a_sentence_is_classified_for_risk(text, level):
    verdict = classify(text)
    assert (verdict.level, verdict.keyword) == (level, None)


# --- crisis, by category ---------------------------------------------------------------------------

CRISIS = {
    "plain suicidal": [
        "I want to die",
        "im going to kill myself",
        "i want to kill myself but im scared",
        "feeling really suicidal tonight",
        "i want to end my life",
        "i'm thinking about ending my life",
        "i need to die",
    ],
    "oblique suicidal": [
        "I don't want to be here anymore",
        "everyone would be better off without me",
        "this is goodbye",
        "I've written letters to my family",
        "no point going on",
        "i wish i could go to sleep and never wake up",
        "nobody would even notice if i was gone",
        "i can't live like this anymore",
        "i love you all. i'm sorry. bye",
        "i have a plan and a date",
    ],
    "self-harm": [
        "cutting again",
        "I hurt myself",
        "burned myself",
        "relapsed and cut my arms",
        "carved into my leg again",
        "i'm cutting right now",
    ],
    "overdose": [
        "took all my pills",
        "swallowed a bottle of tylenol",
        "took 20 ativan",
        "i took a bunch of seroquel w vodka",
        "i overdosed",
        "i think i took too many of my meds",
    ],
    "lethal means": [
        "800mg",
        "ibuprofen",
        "bought a rope today",
        "i'm standing on the bridge",
        "planning to jump off the bridge",
        "my dad's gun is in the closet and i keep looking at it",
        "💊",
        "💊💊💊",
        "been stockpiling my meds",
        "i'm on the ledge",
        "on top of a high building",
        "how many tylenol does it take",
    ],
    "slang": [
        "kms",
        "gonna kms tonight",
        "i should just kys",
        "i want to unalive myself",
        "thinking about sewer slide",
        "i just want to end it",
        "ctb soon",
    ],
    "French": ["je veux mourir", "j'ai envie de me suicider", "je veux en finir", "je vais me tuer"],
    "Spanish": ["quiero morir", "me quiero matar", "voy a suicidarme", "no quiero vivir más"],
    "misspelled": [
        "thinking about sucide",
        "suicde",
        "i want to kil myself",
        "i wanna dye",
        "might overdoze",
    ],
}


@pytest.mark.parametrize(
    ("category", "text"), [(category, text) for category, texts in CRISIS.items() for text in texts]
)
def test_every_crisis_category_is_caught(category, text):
    verdict = classify(text)
    assert verdict.level == "crisis", (category, verdict)
    assert verdict.reasons, "a crisis verdict names the rules that fired"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("i want to die", "suicidal intent"),
        ("everyone would be better off without me", "suicidal: oblique"),
        ("cutting again", "self-harm"),
        ("i overdosed", "overdose"),
        ("took 20 ativan", "lethal means: overdose amount"),
        ("got 800mg", "lethal means: dose"),
        ("ibuprofen", "lethal means: medication"),
        ("💊", "lethal means: pill emoji"),
        ("bought a rope", "lethal means: rope"),
        ("kms", "slang: kms"),
        ("sewer slide", "slang: sewer slide"),
        ("je veux mourir", "French: je veux mourir"),
        ("me quiero matar", "Spanish: me quiero matar"),
        ("i can't cope", "distress: can't cope"),
        ("its over for me now", "suicidal: finality"),
        ("ill be gone by morning", "suicidal: not being around"),
        ("please take care of my cat for me", "suicidal: farewell words"),
        ("i'm having a hard time coping", "distress: plain words"),
        ("my friend texted me saying goodbye", "third party saying goodbye"),
        ("today was awful", "negative feeling with no positive cue"),
        ("I'm not suicidal anymore, thanks", "negated: suicidal intent"),
        ("years ago i overdosed but i'm doing well now", "past: overdose"),
        ("my brother says he wants to kill himself", "third party at risk: suicidal intent"),
        ("my mom takes ibuprofen for her back", "benign context: lethal means: medication"),
    ],
)
def test_reasons_name_the_rule(text, reason):
    assert reason in classify(text).reasons


# --- urgent ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I can't cope",
        "everything is falling apart",
        "please call me",
        "I need to talk to someone today",
        "I'm scared",
        "panic attack",
        "haven't slept in days",
        "I feel hopeless",
        "relapsed",
        "hearing voices again",
        "i'm not ok",
        "im not suicidal but im really struggling",
        "j'ai besoin d'aide",
        "necesito hablar con alguien",
    ],
)
def test_distress_is_urgent(text):
    assert classify(text).level == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # finality and weak farewells, in wordings not listed word for word
        ("theres nothing left for me here", "crisis"),
        ("cant do this anymore. im done with everything", "crisis"),
        ("i give up on life", "crisis"),
        ("ive had enough of life", "crisis"),
        ("this is my last message", "crisis"),
        ("sorry for everything. bye forever", "crisis"),
        ("i'm sorry mom. for all of it", "crisis"),
        ("please tell my sister im sorry", "crisis"),
        ("goodbye. you tried your best", "crisis"),
        ("everyone will be fine without me", "crisis"),
        ("i have a plan this time", "crisis"),
        # distress in plain words, and the low-mood fallback
        ("worst day ever honestly", "urgent"),
        ("i dont know what to do anymore", "urgent"),
        ("im miserable", "urgent"),
        ("everything is going wrong", "urgent"),
        ("my head is a mess", "urgent"),
        ("je suis à bout", "urgent"),
        # the same words in ordinary replies
        ("i have a plan for the weekend", "routine"),
        ("take care of my cat this weekend while im away?", "routine"),
        ("ill be gone for a week", "routine"),
        ("done with everything on my list today", "routine"),
        ("sorry everyone for the delay", "routine"),
        ("i was sad yesterday but fine now", "routine"),
        ("the weather is awful today lol", "routine"),
        ("my sister is sad her cat died but shes ok", "routine"),
        ("im ready to go when you are", "routine"),
    ],
)
def test_broad_categories_generalise_both_ways(text, level):
    assert classify(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the ideas behind a suicidal reply, in wordings no rule lists word for word
        ("i hate being alive", "crisis"),
        ("idk why i bother living", "crisis"),
        ("everyone would be happier if i disappeared", "crisis"),
        ("made up my mind. tonight", "crisis"),
        ("i picked the spot", "crisis"),
        ("gave away my stuff to my sister today", "crisis"),
        ("my thighs are covered in cuts", "crisis"),
        ("i relapsed and cut", "crisis"),
        ("i saved all my lorazepam", "crisis"),
        ("i've been looking at the train tracks a lot", "crisis"),
        ("honestly just want to fall asleep and stay asleep", "crisis"),
        ("i lost everything. i'm done", "crisis"),
        ("k m s", "crisis"),
        ("🪢", "crisis"),
        ("j'ai plus envie d'être là", "crisis"),
        ("me voy a tirar del puente", "crisis"),
        # distress in passing, and replies too unclear to leave unread
        ("my meds ran out", "urgent"),
        ("i think the tv is talking to me", "urgent"),
        ("fight with my dad", "urgent"),
        ("😭😭😭", "urgent"),
        ("meh", "urgent"),
        ("no puedo dormir", "urgent"),
        # and the ordinary replies that share their words
        ("we're going to jasper this weekend", "routine"),
        ("i'm walking across the high level bridge, nice view", "routine"),
        ("my phone is about to die", "routine"),
        ("i laughed so hard i almost died", "routine"),
        ("cut my finger chopping carrots", "routine"),
        ("i used to cut but not for 2 years now", "routine"),
        ("my grandma died last year and i miss her", "routine"),
    ],
)
def test_new_wordings_generalise_both_ways(text, level):
    assert classify(text).level == level


def test_an_unclear_reply_goes_to_a_person_and_says_why():
    assert classify("just sitting here").reasons == ("unclear: no routine cue, a person should read it",)
    assert classify("just sitting here").level == "urgent"


# --- what must not fire ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal anymore, thanks",
        "I would never hurt myself",
        "no thoughts of killing myself",
        "not going to do anything stupid, don't worry",
        "i'm not going to kill myself, don't worry",
        "i haven't self harmed in 3 months!",
        "je ne vais pas me tuer",
        "no me quiero morir",
    ],
)
def test_negation_suppresses_a_crisis(text):
    verdict = classify(text)
    assert verdict.level == "routine", verdict
    assert any(reason.startswith("negated: ") for reason in verdict.reasons)


def test_negation_does_not_hide_distress_in_the_same_message():
    assert classify("I'm not suicidal but I can't cope").level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "this heat is killing me",
        "I could kill for a coffee",
        "my feet are killing me",
        "I died laughing",
        "dead tired",
        "the bridge club",
        "skipping rope at the gym",
        "i killed it at my job interview",
        "my phone died",
        "that cheesecake was to die for",
        "cutting onions made me cry",
        "i'm going to end my shift early",
        "walked 5 kms today",
        "got a glue gun for crafts",
        "i want to end this call, bye",
        "i'm dying of boredom",
    ],
)
def test_idioms_are_routine(text):
    assert classify(text).level == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "my friend's dog died",
        "I read a book about suicide prevention",
        "years ago I overdosed but I'm doing well now",
        "my mom takes ibuprofen for her back",
        "grabbed some tylenol for my headache",
        "i took my pills this morning like i'm supposed to",
        "doctor upped my seroquel to 300mg",
    ],
)
def test_harmless_third_parties_past_events_and_ordinary_medicine_are_routine(text):
    assert classify(text).level == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "my brother says he wants to kill himself",
        "my roommate told me she wants to die",
        "my son keeps talking about suicide",
        "my sister is cutting herself",
    ],
)
def test_a_third_party_at_risk_is_at_least_urgent(text):
    assert classify(text).level in ("crisis", "urgent")


# --- natural-language opt-out ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "please stop texting me",
        "I don't want these messages anymore",
        "unsubscribe me please",
        "stop sending me texts",
        "no more texts",
        "take me off the list",
    ],
)
def test_an_opt_out_in_words_is_flagged_and_is_not_a_keyword(text):
    verdict = classify(text)
    assert (verdict.keyword, verdict.opt_out_request, verdict.level) == (None, True, "routine")


def test_an_opt_out_in_words_keeps_its_risk():
    verdict = classify("stop texting me I'm going to kill myself")
    assert (verdict.level, verdict.opt_out_request, verdict.keyword) == ("crisis", True, None)


@pytest.mark.parametrize("text", ["STOP", "stop it", "please don't stop texting me", "thanks!"])
def test_other_messages_are_not_opt_out_requests(text):
    assert classify(text).opt_out_request is False


# --- routine and robustness --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["thanks!", "doing ok today", "🙂", "👍", "how long does this program last?", "merci, ça va mieux", "ok"],
)
def test_everyday_replies_are_routine(text):
    assert classify(text) == Verdict("routine", None, ())


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\t ",
        "x" * 1600,
        "kill " * 320,
        "i want to die " * 115,
        "אני בסדר תודה",
        "مرحبا، أنا بخير",
        "🙂💊🙂",
        "😀😀😀",
        "\u200f\u202e reversed \u202c",
        "<script>alert(1)</script>",
        "line one\nline two",
        "\x00\x01",
    ],
)
def test_odd_input_never_raises_and_returns_a_verdict(text):
    verdict = classify(text)
    assert isinstance(verdict, Verdict)
    assert verdict.level in LEVELS
    assert isinstance(verdict.reasons, tuple)


def test_random_text_never_raises():
    alphabet = "abcdefghijklmnopqrstuvwxyz '.,!?-/\n0123456789éàñ💊🙂אم"
    generator = random.Random(20261124)
    for _ in range(300):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 200)))
        assert classify(text).level in LEVELS


def test_a_long_crisis_message_is_still_caught():
    assert classify("had a normal day at work. " * 60 + "tonight i am going to kill myself").level == "crisis"


def test_levels_are_ordered_most_serious_first_and_verdicts_are_frozen():
    assert LEVELS == ("crisis", "urgent", "routine")
    with pytest.raises(FrozenInstanceError):
        classify("hi").level = "crisis"  # type: ignore[misc]


def test_normalise_folds_accents_contractions_and_variants():
    assert classifier.normalise("Je VEUX ça, I’m sooo tired u know") == "je veux ca, im so tired you know"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # formal full sentences (older adults)
        ("I no longer wish to continue living.", "crisis"),
        ("It would be a relief to simply not wake up.", "crisis"),
        ("I pray that God will take me in my sleep.", "crisis"),
        ("My affairs are in order now.", "crisis"),
        ("I have made my arrangements. Please do not worry.", "crisis"),
        ("I have taken forty of my heart tablets.", "crisis"),
        ("My children would manage perfectly well without me.", "crisis"),
        ("I keep picturing my own funeral.", "crisis"),
        ("I gave my cat to the neighbours for good.", "crisis"),
        ("I shall not be a burden to anyone much longer.", "crisis"),
        ("I bought a hose for the exhaust pipe.", "crisis"),
        ("Every day feels heavier than the last.", "urgent"),
        ("Je ne me sens pas bien du tout.", "urgent"),
        ("My last text did not go through, so here it is again.", "routine"),
        ("Tonight is the night of my granddaughter's recital.", "routine"),
        ("I keep my pills in a dosette box so I do not forget them.", "routine"),
        ("I play in the bridge league on Tuesdays.", "routine"),
        # slang, shorthand and voice-to-text (young adults)
        ("drank a bottle of wine n took a bunch of my ativan", "crisis"),
        ("my plan is set for tmrw", "crisis"),
        ("lowkey planning my exit", "crisis"),
        ("gave my switch n all my games to my cousin she needs them more than me", "crisis"),
        ("this is my last msg luv u all", "crisis"),
        ("i want to hurt my shelf", "crisis"),
        ("dont text back i wont be here", "crisis"),
        ("giving away my old desk if anyone wants it", "routine"),
        ("ate so much pizza im gonna die lol", "routine"),
        ("im done w finals!!", "routine"),
        # oblique hints, means, French and Spanish, and their look-alikes
        ("this is the last time anyone will hear from me", "crisis"),
        ("tied a cord to the rafter in the basement", "crisis"),
        ("i wrote down who gets my things", "crisis"),
        ("je ne serai plus là ce soir", "crisis"),
        ("tengo la soga lista", "crisis"),
        ("ya no voy a estar aquí", "crisis"),
        ("ya no aguanto más, quiero morirme", "crisis"),  # "ya no aguanto" does not negate what follows
        ("two years ago today i tried to kill myself. now i'm doing well", "routine"),
        ("updated my will after the wedding", "routine"),
        ("je meurs de soif", "routine"),
        ("me muero de risa", "routine"),
        ("cutting out coffee this month", "routine"),
        ("ready for my interview tomorrow", "routine"),
    ],
)
def test_round_two_wordings_generalise_both_ways(text, level):
    assert classify(text).level == level, classify(text)


@pytest.mark.parametrize(
    "text",
    ["j'ai pris mes médicaments ce soir", "tomé mis pastillas esta mañana", "picked up my pills today"],
)
def test_taking_ones_medicine_as_usual_is_not_a_crisis(text):
    assert classify(text).level != "crisis", classify(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round three, very short SMS: a means or an act as the whole reply, a short final clause
        ("pills.", "crisis"),
        ("my meds tonight", "crisis"),
        ("took 40", "crisis"),
        ("took em all", "crisis"),
        ("noose is tied", "crisis"),
        ("letter's on the desk", "crisis"),
        ("cutting now", "crisis"),
        ("bleeding really bad", "crisis"),
        ("its time. goodbye", "crisis"),
        ("im done. forever", "crisis"),
        ("pills n wine", "crisis"),
        ("never waking up again", "crisis"),
        ("kill me now", "crisis"),
        ("not ok", "urgent"),
        ("not great", "urgent"),
        ("took 30 mins at the pharmacy", "routine"),
        ("took the kids to the park, took them all", "routine"),
        ("will do", "routine"),
        ("meds taken", "routine"),
        ("not bad at all", "routine"),
        ("quit smoking for good", "routine"),
    ],
)
def test_round_three_short_replies_generalise_both_ways(text, level):
    assert classify(text).level == level, classify(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round three, long and disorganised replies: one clause carries the risk
        ("so tired, the kids, the rent, anyway i swallowed everything in the medicine cabinet", "crisis"),
        ("looked up the quickest way to die, then made tea", "crisis"),
        ("i know where, i know when. i have what i need", "crisis"),
        ("if you dont hear from me by monday you know why", "crisis"),
        ("i dont want to be saved this time", "crisis"),
        ("the cut was really deep, think i need stitches", "crisis"),
        ("god is calling me home. dont try to stop me", "crisis"),
        ("my family is better off with the life insurance than with me", "crisis"),
        ("wrote it all down and im not coming back from this", "crisis"),
        ("the voices say walk into the sea tonight and i will", "crisis"),
        ("my last chapter ends with jumping from the top of the parking garage", "crisis"),
        ("i cant see a way out of this debt, the collectors call daily", "urgent"),
        ("at the end of my rope with this back pain", "urgent"),
        ("i need the hospital, not because im going to hurt myself, i just cant cope", "urgent"),
        ("at the cabin all week, if i dont reply thats why", "routine"),
    ],
)
def test_round_three_long_replies_generalise_both_ways(text, level):
    assert classify(text).level == level, classify(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round three, everyday life with the risk in the context, and its look-alikes
        ("i wont be needing your messages after sunday", "crisis"),
        ("three years since mom died. i'll be with her soon", "crisis"),
        ("the boat, tonight, not planning to come back", "crisis"),
        ("i'd rather hang than go to prison", "crisis"),
        ("stared at the bridge for hours again", "crisis"),
        ("i cut anyway, deeper", "crisis"),
        ("bills paid, cat rehomed, everything is sorted for after", "crisis"),
        ("hoarded my hydromorphone for weeks", "crisis"),
        ("the insurance pays out more than i earn. the math is simple", "crisis"),
        ("if the court says no i'm taking myself out", "crisis"),
        ("been looking at the pills all night", "crisis"),
        ("killed myself on that level like 30 times lol", "routine"),
        ("this song has me singing 'i want to die' at karaoke lol", "routine"),
        ("tired of the snow already, ready for summer", "routine"),
        ("i wont be needing these texts, all better now, how do i unsubscribe", "routine"),
        ("my dog died this morning. i can't stop sobbing", "urgent"),
        ("slept in my car, nowhere else to go", "urgent"),
    ],
)
def test_round_three_contexts_generalise_both_ways(text, level):
    assert classify(text).level == level, classify(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # round four, a month of a post-discharge inbox, and its look-alikes
        ("made my mind up, tomorrow is the day", "crisis"),
        ("spent the night googling ways to die", "crisis"),
        ("not planning on sticking around much longer", "crisis"),
        ("there's no reason to go on anymore", "crisis"),
        ("j'ai avalé tout le flacon", "crisis"),
        ("blade is in my hand", "crisis"),
        ("parked by the river. im going to walk in", "crisis"),
        ("please look after my dogs", "crisis"),
        ("said goodbye to my dad. he doesn't know it was the last time", "crisis"),
        ("gave away my records and my bike, dont need them", "crisis"),
        ("you can stop the texts, i wont need them after friday", "crisis"),
        ("quiero saltar del puente", "crisis"),
        ("sitting on the balcony with a coffee, lovely morning", "routine"),
        ("we decided saturday is the day we move", "routine"),
        ("the lake was calm, we will walk in the woods tomorrow", "routine"),
        ("dropped off the housing forms at the office", "routine"),
        ("cant focus on anything and im a mess", "urgent"),
        ("broke and hungry till payday", "urgent"),
    ],
)
def test_round_four_inbox_generalises_both_ways(text, level):
    assert classify(text).level == level, classify(text)


@pytest.mark.parametrize(
    ("text", "family", "language"),
    [
        *[(word, "HELP", "fr") for word in ("AIDE", "aide", "Aide.", " AIDE! ", "aide?")],
        *[(word, "START", "fr") for word in ("DEBUT", "DÉBUT", "début", "Debut.", "de\u0301but", "DÉ BUT")],
        *[(word, "STOP", "fr") for word in ("ARRET", "Arrêt!", "arrêtez")],
        ("HELP", "HELP", "en"),
        ("start", "START", "en"),
        ("STOP", "STOP", "en"),
        ("aide moi", None, None),  # a sentence, not a keyword: "aidemoi" once spaces go
        ("au début", None, None),
        ("debuts", None, None),
    ],
)
def test_french_keywords_and_the_language_they_were_typed_in(text, family, language):
    from textsupport.triage import keyword_language

    assert keyword(text) == family
    assert classify(text).keyword == family
    assert keyword_language(text) == language


@pytest.mark.parametrize("text", ["AIDE", "aide", "Aide!"])
def test_a_bare_aide_may_be_a_cry_for_help_like_a_bare_help(text):
    verdict = classify(text)
    assert (verdict.level, verdict.keyword) == ("urgent", "HELP")
    assert verdict.reasons == classify("HELP").reasons


@pytest.mark.parametrize("text", ["DEBUT", "début"])
def test_debut_is_routine_like_start(text):
    assert (classify(text).level, classify(text).keyword) == ("routine", "START")
