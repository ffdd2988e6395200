"""Crisis rules for suicidal intent in the person texting: wishes, plans, farewells and affairs put in order.

Each rule has a name staff understand (it is the reason recorded). Patterns follow the conventions of
`triage.rules.common`; the broad word lists they use live in `triage.rules.lexicon` and
`triage.rules.farewells`.
"""

from __future__ import annotations

from textsupport.triage.rules import farewells, languages, lexicon
from textsupport.triage.rules.common import Rule

# a "last text" about delivery, not a farewell: "my last text did not seem to go through"
LAST_TEXT_BENIGN = (
    r"\b(go through|went through|(didnt|not) (send|arrive|deliver)|resend\w*|sending it again|sounded|"
    r"sounds|came (out|across)|venting|just vent\w*|"
    r"(by|in) (mistake|error)|typo|ignore (my|the)|previous|earlier|cut off)\b",
)
# harm to oneself denied outright, anywhere in the reply: the finality beside it is not coping, not intent
# ("i cant do this anymore. not going to hurt myself but i cant cope, can someone call")
HARM_DENIED = (
    r"\b(not going to|wont|will not|would never|never going to|im not going to|not planning to) (hurt|harm|"
    r"kill|do anything to) (myself|me)\b(?! (\w+ )?(tonight|today|right now|now|yet|for now|this (week|"
    r"weekend)|till|until|before))|\b(im not|not) suicidal\b(?! (\w+ )?(tonight|today|right now|now|yet))",
)

# fmt: off
SUICIDAL = (
    Rule("suicidal intent", "crisis", (
        r"(want|wants|wanted|going|plan|planning|about|ready|trying|tried|deserve|time) to (die|be dead)",
        r"<WANT> <SLACK><DEATH>",  # "i feel like dying", "thinking about ending it", "need to die"
        r"kill(ing|ed|s)? <REFL>|(hang|hanging|shoot|shooting|drown|drowning|off|offing) <REFL>",
        r"(?:(?<=take )|(?<=taking )|(?<=took ))myself out(?= *($|[^\w ]|tonight|for good|of the (picture|"
        r"equation)))",
        r"(end|ending|take|taking) (my|his|her|their) (own )?life",
        # pain or everything to stop for good: "i want the pain to stop permanently", "make it stop forever"
        r"(want|need|wish|make|let) (\w+ ){0,2}(the pain|it all|everything|it|this|my life) (to )?"
        r"(stop|end|be over) (permanently|for good|forever|for ever)",
        r"^(just |please |pls |someone )?kill me( now| please| pls| already)?(?= *[.!]*$)",  # the whole reply
        r"suicid\w*|commit(ting)? suicide|su[i1!*]c[i1!*]de",
        r"wish (i|he|she) (was|were|could be) dead|better off dead|rather be dead",
        r"(id|i would|i d) (much )?rather (die|hang|kill myself|end it|not (live|exist|be alive)|"
        r"be in the ground)(?! (of|laughing|than (miss|lose|go without|eat|watch|sit)))",
        # after a game: "killed myself in the game lol. also kinda want to irl"
        r"(kinda |actually |really )?(want|wanna) (to )?(do it )?(irl|in real life)",
        r"(wish|hope) (i|id) (could )?(die|never wake up|dont wake up)",
        r"(sleep|die) and (never|not) wake up|(wish i could|want to) (go to )?sleep forever",
        r"(fall |go to )?(asleep|sleep) and (stay asleep|never wake|not wake)",
        # passive ideation, not minding death: "i wouldnt mind not waking up", "id be ok if i didnt wake up"
        r"(wouldnt|would not|wont|dont|do not) (really |even |honestly )?mind (\w+ ){0,2}"
        r"((not|never) waking up|not wake up|dying|being dead|not being (here|alive)|if i (died|"
        r"didnt wake up|never woke up|was gone|wasnt here|were gone))"
        r"(?! (early|on time|at|before|for|till|until|to|my|his|her|the|it|them)\b)|"
        r"(id|i would|i d) (be|feel) (ok|okay|fine|alright|at peace|relieved) (with |if i )?(not waking up|"
        r"never waking up|dying|died|didnt wake up|never woke up)"
        r"(?! (early|on time|at|before|for|till|until|to|my|his|her|the|it|them)\b)|"
        r"no me (importaria|molestaria) (no despertar|morir\w*)|"
        r"(ca )?(ne )?me (derangerait|derange) pas de (mourir|(ne )?(pas|plus) me reveiller)",
        r"(want|need|wish) (\w+ ){0,2}(the|this|my|all the) pain (to end|to be over|gone for good)",
        # formal wording: "i no longer wish to continue living", "it would be a relief to not wake up"
        r"(no longer|dont|never) (wish|want|care|intend) to (continue|go on|carry on|keep)( \w+)? (living|"
        r"like this|with (it|life))|no longer (wish|want|care) to (live|be alive|wake up|go on|"
        r"exist|be here)",
        r"(would be|it be|be) (such )?(a )?(relief|mercy|blessing|release|easier|kinder|peaceful) "
        r"(to|if i (could )?) ?<SLACK><DEATH>",
        r"(pray|praying|prayed|hope|hoping|ask\w*|beg\w*) (\w+ ){0,3}(god|the lord|jesus|he|dios|dieu) "
        r"(will|would|to|could|might) (just )?(take me|let me die|call me home)|take me in my sleep",
        # to finish an attempt: "tonight i intend to finish what i started last year"
        r"finish (what i (started|began)|the job|it (off )?for good)(?! (on|at|with|in|for|my|the|this))",
    ), other="urgent", unless=(
        # a lyric sung along for fun: "this song has me screaming i wanna die in the car lol, such a bop"
        r"\b(song|lyrics?|karaoke|album|playlist|chorus)\b.*\b(lol|lmao|haha\w*|bop|banger)\b",
        # German "will" (want) and "die" (the): "ich will die Kinder abholen" (the language matrix)
        r"\b(ich will|du willst|er will|sie will|wir wollen|ihr wollt|sie wollen) die \w",
    )),
    Rule("suicidal: oblique", "crisis", (
        r"(dont|doesnt) (really )?want to (live|be alive|be here|exist|go on|keep going|keep living|wake up)",
        r"(tired|sick) of (living|being alive|existing)|(life|it) (isnt|aint|not) worth (living|it anymore)",
        r"(whats|what is) the (point|use) (of|in) (living|life|being alive|going on)",
        r"no (point|reason) (in |to |of |for me to )?(going on|living|live|life|being alive|trying|"
        r"carrying on|carry on|continue|continuing|keep going|go on|staying|anymore)|"
        r"nothing (left )?to live for",
        r"(cant|dont|do not|no longer|cannot) see (the|any) (point|use|sense|reason) (of|in|"
        r"to) (going on|living|"
        r"carrying on|carry on|continuing|being alive|waking up|another day)",
        r"(decided|decision) (that )?(i|to) (\w+ ){0,2}(not go on|wont go on|stop living|end it)|"
        r"(wont|not going to) go on (with (it|this|life|living)|like this)",
        r"cant (go on|keep going|keep living|live like this)",
        r"(better|happier|easier)( off)? without me|(no|dont see a|cant see a|theres no) way out"
        r"(?! of (this|the|my|our) (debt|bills|loan|mess|contract|lease|job|hole|overdraft))",
        r"(better|happier|easier) off with (my|the) (life )?insurance|"
        r"(better|happier|easier)( off)? (if|when|once) (i|im) (was |were |wasnt |werent |am )?"
        r"(gone|here|around|dead|alive)",
        r"done (with )?(life|living|it all|this life)|stop (existing|living)|(cease|not) to exist",
        r"(join|be with|see) (her|him|them|my \w+) (\w+ )?(in heaven|on the other side)",
        r"join (her|him|them) tonight",
        r"nobody (would|will|is going to) (even )?(miss|notice|care)|(after|once|when) im gone",
        r"want to disappear (forever|for good)",
        r"wish i (wasnt|werent) (alive|born|here)|(never|not) been born",
        r"(going to|might|about to|want to|will) do (something|anything) stupid",
        r"(close to|ready to|decided to|about to) (do|doing) it|do it (tonight|this time)|go through with it",
        r"danger to myself|(not safe|cant keep myself safe) (with|around|from) myself|dont trust myself",
    ), other="urgent"),
    # unless "it" is what the voices or messages do, and acting is denied: psychosis, urgent
    Rule("suicidal: wanting it all over", "crisis", (
        r"want (it|this|everything) (all )?to (be over|end|stop)",
    ), other="urgent", unless_message=lexicon.PSYCHOSIS_DENIED),
    Rule("suicidal: goodbye", "crisis", (
        r"this is (my )?goodbye|goodbye (everyone|forever|world|all)|saying (my )?goodbyes",
        r"(final|last) (goodbye|message|text|words)|suicide note",
        r"(writing|texting|messaging|calling|wanted|want|here|only|just) to say (my )?goodbyes?"
        r"(?! (to (my|the|our) (old|house|home|job|team|colleagues|class)))",
        r"(wrote|written|writing|left|leaving) (a |my )?(note|notes|letters?) (to|for)",
        r"(wrote|written|finished|left) (my )?(goodbye |suicide )?(note|notes|letters?|goodbyes?)"
        r"(?! (to|for) (my )?(teacher|boss|landlord|doctor|work|school))",
        r"giving (all )?(my )?(stuff|things|belongings|possessions) away|giving away (my|all)",
        # "tonights the night" unless it names an event: "tonight is the night of the concert"
        r"youll know why|wont hear from me (again|anymore|after (today|tonight|this (week|weekend)))|"
        r"(tonights|tonight is) the night(?!" + lexicon.AN_EVENT_NAMED + ")",
        r"(end|ending) (this|everything)( all)?<NOT_AN_ENDING>",
        r"tell my (kids|family|mom|children|wife|husband|son|daughter|parents) i love (them|her|him)",
    ), other="urgent", unless=LAST_TEXT_BENIGN + farewells.GIVING_BENIGN),
    Rule("suicidal: won't be here", "crisis", (
        r"(wont|not going to) be (here|around|alive)",
        r"(dont|do not|never) expect to (be here|be around|be alive|live|make it|see) (by|past|"
        r"until|til|till|"
        r"at|for|much|another|next|christmas|the (new )?year|spring|summer)",
    ), other="urgent", unless=(
        r"\b(weekend|camping|trip|away|vacation|holiday|out of town|visiting|busy|available|reachable)\b",
        r"\b((to|able to|can|cant|be) (reply|answer|text|respond|call)|work|appointment|meeting|group|class|"
        r"home|at my)\b",
    )),
    # two or more farewell cues in one message: "i love you all. i'm sorry. bye"
    Rule("suicidal: farewell", "crisis", (
        r"goodbye|farewell|bye (forever|everyone|all|world|for good)|adios|adieu|me despido|"
        r"au revoir (a tous|tout le monde)|" + languages.GOODBYES,
        r"love (you|u) (all|guys|always|so much)|tell (\w+ ){1,2}i love (them|her|him|you)",
        r"forgive me|sorry for (everything|being (a burden|weak|like this))",
        r"(its|this is) for the best|this is the end|" + farewells.NO_LONGER_A_WORRY,
        r"ive (decided|made (my|up my) (mind|decision))",
        r"im (so |just )?done(?= *($|[^\w ]))|dont (try to )?(find|stop|save|look for) me",
        # a short final clause: "im done. for good", "its time. bye", "cant do this. goodbye"
        r"(?:(?<=^)|(?<=[.!?,])|(?<=[.!?,] ))(for good|forever|its time|it is time|cant do this( anymore)?|"
        r"ready to go( now)?)"
        r"(?= *($|[^\w ]|lol|haha|lmao))",
        r"take care of (my|the) (kids|cat|dog|pets|babies|children)",
        # a group told to look after themselves, no time named: "take care of yourselves ok"
        r"(take care of|look after) (yourselves|urselves|each other|one another|everyone|yall)"
        r"(?! (this|tonight|today|tomorrow|over|on|in|out|while|until|till|during|and see|see|til))"
        r"(?!.*\b(see (you|u|ya|yall)|next|tomorrow|weekend|later|soon|talk (to you|soon)|ttyl)\b)",
        # "its my time to come home", "god is calling me home", "im going to the lake." at the end
        r"my time (has come|is up|to (come|go) home)|"
        r"(god|he|jesus|the lord) (is )?(calling|called|wants) me home|"
        r"going (to|into) the (river|lake|ocean|sea|water)(?= *($|[^\w ]))",
        "|".join(farewells.NOT_NEEDED),  # "i will not be needing these messages after this week"
        # loose ends tied: "deleted my accounts, gave back the keys"
        r"(deleted|deleting|closed|closing) (all )?my (accounts|socials|social media|profiles?|"
        r"instagram|facebook)|"
        r"(gave|giving|handed|returned) back (the|my|your) keys|"
        r"(sold|selling) (my|all my) (truck|car|house|stuff|things)|"
        r"paid (off|up) (all )?my (debts|bills|loans)|"
        r"wrote (letters )?to (each of )?my (kids|family|children|wife|husband|son|daughter|parents)",
        # the sums done: "life insurance pays out 500k. math is simple"; "its ending this weekend"
        r"(math|maths|choice|answer|decision) is (simple|easy|obvious|clear)|"
        r"(its|it is|this is|everything is) ending (tonight|this weekend|soon|tomorrow|this week)",
        r"(life )?insurance (\w+ ){0,3}(pays|payout|pay out|would cover)",
        # weak cues, one pattern: together they count once
        r"bye(?! (for now|now|later|til|till|see))|im (so )?sorry|"
        r"thank (you|u) for (everything|trying|all)|thank (all|each|every one) of (you|"
        r"u) for (everything|all)"
        r"(?!.*\b(see (you|u|ya|yall)|next (week|month|year|time|session)|talk (to you )?soon|ttyl)\b)|"
        r"gracias por todo|merci pour tout|" + languages.THANKS_FOR_EVERYTHING + "|"
        r"this is it|i love (you|u)(?! (all|guys|always|so much))|(its|life is) over for me|"
        r"dont (text|reply|call|message|write) (me )?back|dont (try to )?(reach|contact|call) me|"
        r"(said|say|saying) (what|everything|all) i (needed|wanted|had) to say|"
        + "|".join(farewells.FAREWELL_WEAK),
    ), other="urgent", needs=2),
    # belongings given away and no need for them: "gave my jewellery to my nieces. i shant be needing them"
    Rule("suicidal: giving away what won't be needed", "crisis", (
        "|".join(farewells.GIVING), "|".join(farewells.NOT_NEEDED + farewells.SETTLED),
    ), other="urgent", needs=2, unless=farewells.GIVING_BENIGN),
    # going to join someone who died: "2 years since dad died. going to see him soon"
    Rule("suicidal: joining the dead", "crisis", (
        # the death named with its subject, so that "dad died" is not read as a third party at risk
        r"((my )?(dad|mom|mum|father|mother|son|daughter|husband|wife|brother|sister|partner|boyfriend|"
        r"girlfriend|friend|grandma|grandpa|baby|he|she|they) )?(died|passed (away|on))|"
        r"lost (my|him|her)|death|grave|anniversary|"
        r"gone (\d+|a|two|three|five|ten) (years?|months?)",
        r"(want|need|going) to be with (him|her|them)(?= *($|[^\w ]|again))|"
        r"(going to|gonna|will|ill|plan to|planning to|want to|about to|im|i am|soon be) (see|be with|join|"
        r"joining|seeing|with) (him|her|them)( again)? "
        r"(soon|tonight|today|by then|this week|shortly|before long)"
        r"|(today|tonight|soon) (im|i am|ill be) (joining|with) (him|her|them)",
    ), other="urgent", needs=2),
    # "im done" after a loss or a hopeless word: "lost everything. im done"
    Rule("suicidal: done, after a loss", "crisis", (
        r"im (so |just |really )?(done|finished)(?= *($|[^\w ]))",
        r"lost (everything|it all|my \w+)|nothing left|hate|tired|sick of|cant|alone|hurts|nobody|worthless|"
        r"failure|give up|pointless|no point",
    ), other="urgent", needs=2),
    Rule("suicidal: plan", "crisis", (
        r"(have|got|made) a plan (and (a |the )?(date|time|way)|to (do it|end it|die))",
        r"(picked|chose|set) (a |the )?(date|day|time) to (do it|die|end it)",
        r"know (where|how|when) (im going to|ill|to|i will) do it",
        r"(ways?|how|methods?) to (die|kill myself|end it|commit suicide|overdose|hang myself)|"
        r"painless (way|death)|(painless|peaceful|quick|easy) (ways|methods?) (to go|out)(?= *($|[^\w ]))|"
        r"(research\w*|googl\w*|looking up|looked up|searching|searched) (\w+ ){0,2}ways to (go|die|end it)",
        r"(decided|made up my mind|made my mind up)\W+(\w+ ){0,3}(today|tonight|tomorrow|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|this weekend) is the (day|night)(?= *($|[^\w ]))",
        r"(least painful|easiest|quickest|fastest|surest|best|most peaceful) (way|ways|method|methods) "
        r"(to|of) (go|going|die|dying|do it|end it|kill myself)",
        r"(wont|not going to|dont think ill) make it (through|to|past) (tonight|the night|tomorrow|the week)",
        r"(writing|wrote|written|making|made|updated|finished) my will",
        r"(i have|ive got|i got|i made|i came up with) a plan(?! (for|with|to (go|see|visit|meet|get|make)))",
    ), other="urgent", unless=(
        # a will made at a life event: "updated my will after the baby was born"
        r"\b(baby|born|got married|wedding|mortgage|bought a (house|home)|retire\w*|responsible|"
        r"adult thing)\b",
    )),
    # broad lexicons (rules/lexicon.py, rules/farewells.py): finality and farewell not listed above
    Rule("suicidal: finality", "crisis", lexicon.FINALITY, other="urgent", unless_message=HARM_DENIED),
    Rule("suicidal: not being around", "crisis", lexicon.GONE, other="urgent"),
    Rule("suicidal: farewell words", "crisis", farewells.FAREWELL_ALONE, other="urgent",
         unless=LAST_TEXT_BENIGN),
    Rule("a veiled farewell: no more texts needed, no reason given", "crisis", farewells.NO_MORE_CONTACT,
         other="urgent", unless_message=farewells.NO_MORE_CONTACT_REASON),
    # broad lexicons (rules/lexicon.py): the ideas behind suicidal replies, in any wording
    Rule("suicidal: against living", "crisis", lexicon.AGAINST_LIVING, other="urgent"),
    Rule("suicidal: a world without me", "crisis", lexicon.IF_GONE, other="urgent"),
    Rule("suicidal: plan made", "crisis", lexicon.PLAN, other="urgent", unless=(
        # out of reach for an ordinary reason: "if i dont reply thats why, no cell service at the cottage"
        r"\b(thats why|no (cell )?(service|signal|reception)|cottage|camping|vacation|holiday|trip|"
        r"at work)\b",
    )),
    # DOMAIN section 3 counts a plan as crisis: the method or the moment worked out, told as done
    Rule("suicidal: a plan described as made", "crisis", lexicon.PLAN_DESCRIBED, other="urgent"),
    Rule("suicidal: plan ready", "crisis", lexicon.PLAN_READY, other="urgent", unless=(
        r"\b(for (the|my|our|a|this|next) (weekend|trip|party|presentation|meeting|project|essay|exam|"
        r"holiday|vacation|move|wedding|class|course|business|day|week|summer|garden|birthday))\b",
        r"\b(company|job|work|firm|lease|team|school|game|escape room|the building|fire)\b",
        # a kitchen knife at last put to use: "finally used the knife set i got for christmas"
        r"\b(knife set|set of knives|chefs? knife|chef s knife|cutting board|stir fry|recipe|cook\w*|supper|"
        r"dinner|lunch|breakfast)\b",
    )),
    Rule("suicidal: putting affairs in order", "crisis", farewells.AFFAIRS, other="urgent",
         unless=farewells.GIVING_BENIGN),
    # savings signed over to someone close, no reason given: "transferred my savings over to my sister"
    Rule("suicidal: savings signed over", "crisis", (
        r"(transferred|transfer\w*|signed|moved|gave|giving|left) (all |the rest of )?(of )?(my |our )?"
        r"(life )?(savings|money|bank accounts?) (\w+ ){0,2}(over )?to (my |our )?(sister|brother|mom|mum|"
        r"mother|dad|father|son|daughter|kids?|children|niece|nephew|cousin|aunt|uncle|grandma|grandpa|"
        r"friend|wife|"
        r"husband|partner|girlfriend|boyfriend|parents|family|neighbou?r)s?\b",
    ), other="urgent", unless_message=farewells.SETTLING_BENIGN + (
        r"\b(for (her|his|their|the|a) (rent|tuition|school|wedding|house|car|down payment|emergency|surgery|"
        r"bills?)|loan\w*|lend\w*|borrow\w*|pay (me )?back|help (her|him|them) out|until|till|for now)\b",
    )),
    # whoever settled them, as above
    Rule("suicidal: affairs settled so nobody is left with them", "crisis", (
        farewells.SETTLING, farewells.SPARED,
    ), other="crisis", needs=2, unless_message=farewells.SETTLING_BENIGN),
    # whoever arranged them: someone else's veiled farewell is someone else at risk
    Rule("suicidal: a pet arranged for, letters written", "crisis", farewells.PET_AND_LETTERS, other="crisis",
         needs=2, unless=farewells.GIVING_BENIGN),
)
SLANG = (
    Rule("slang: kms", "crisis", (r"kms|killmyself",)),
    Rule("slang: kys", "crisis", (r"(im|going to|want to|should|might|got to|about to) (just )?kys",)),
    Rule("slang: unalive", "crisis", (r"unalive\w*|self delet\w*",)),
    Rule("slang: sewer slide", "crisis", (r"sewer slide",)),
    # not a chat left: "ending it all in the group chat (i mean leaving it)"
    Rule("slang: end it", "crisis", (r"end(ing)? it( all)?|end (it )?all",),
         unless=(r"\b(group ?chat|chats?|gc|discord|server|subreddit|thread)\b",)),
    Rule("slang: ctb", "crisis", (r"ctb",)),
)
# fmt: on
