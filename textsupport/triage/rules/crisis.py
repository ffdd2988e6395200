"""Crisis rules for triage: immediate risk to the person texting, most specific first.

Each rule has a name staff understand (it is the reason recorded). Patterns follow the conventions of
`triage.rules.common`; the broad word lists they use live in `triage.rules.lexicon`.
"""

from __future__ import annotations

from textsupport.triage.rules import languages, lexicon
from textsupport.triage.rules.common import MEDS_BENIGN, Rule
from textsupport.triage.rules.means import AT_WORK, ORDINARY, PESTS, WORKPLACE

# a "last text" about delivery, not a farewell: "my last text did not seem to go through"
LAST_TEXT_BENIGN = (
    r"\b(go through|went through|(didnt|not) (send|arrive|deliver)|resend\w*|sending it again|sounded|"
    r"sounds|came (out|across)|venting|just vent\w*|"
    r"(by|in) (mistake|error)|typo|ignore (my|the)|previous|earlier|cut off)\b",
)

# a gun at the range or the club, anywhere in the reply: "closing shift at the gun club. cleaned the rifles"
GUN_RANGE = (r"\b(gun club|shooting (range|club)|rod and gun|range officer|(at|to) the range)\b",)
# a gun in the field or on the farm, anywhere in the reply: "went hunting with my uncle. carried the rifle";
# "on the farm, had to put down a sick calf with the rifle"
GUN_AFIELD = (
    r"\b(hunt(s|ed|er|ers)?|hunting(?! (rifle|gun|shotgun|knife))|"
    r"(deer|moose|elk|duck|goose|geese|turkey|pheasant|grouse|gopher|coyote|bear) (season|tags?|"
    r"camp|blind)|tree ?stand|(the|a|duck|deer) blind|farm|ranch|barn|cattle|calf|calves|livestock|herd|"
    r"heifers?|steers?|lambs?|sheep|(put|putting) down (the|a|an|one|our|my|his|her) (\w+ ){0,3}"
    r"(calf|calves|cow|horse|dog|animal|steer|pig|sheep|deer)|coyotes?|gophers?|pests?|varmints?|"
    r"chasse|chasseurs?|cazar|caceria|ferme|granja|rancho)\b",
)

# fmt: off
# --- crisis: immediate risk to the person texting --------------------------------------------------
CRISIS = (
    Rule("suicidal intent", "crisis", (
        r"(want|wants|wanted|going|plan|planning|about|ready|trying|tried|deserve|time) to (die|be dead)",
        r"<WANT> <SLACK><DEATH>",  # "i feel like dying", "thinking about ending it", "need to die"
        r"kill(ing|ed|s)? <REFL>|(hang|hanging|shoot|shooting|drown|drowning|off|offing) <REFL>",
        r"(?:(?<=take )|(?<=taking )|(?<=took ))myself out(?= *($|[^\w ]|tonight|for good|of the (picture|"
        r"equation)))",
        r"(end|ending|take|taking) (my|his|her|their) (own )?life",
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
        r"want (it|this|everything) (all )?to (be over|end|stop)|want to disappear (forever|for good)",
        r"wish i (wasnt|werent) (alive|born|here)|(never|not) been born",
        r"(going to|might|about to|want to|will) do (something|anything) stupid",
        r"(close to|ready to|decided to|about to) (do|doing) it|do it (tonight|this time)|go through with it",
        r"danger to myself|(not safe|cant keep myself safe) (with|around|from) myself|dont trust myself",
    ), other="urgent"),
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
        r"youll know why|wont hear from me (again|anymore)|(tonights|tonight is) the night"
        r"(?![^.!?\n]{0,40}\b(of|for|concert|game|show|party|date|premiere|finale|dinner|launch|wedding|gala|"
        r"recital|play|match|opening|movie|prom|gig|performance|celebrat\w*|first))",
        r"(end|ending) (this|everything)( all)?<NOT_AN_ENDING>",
        r"tell my (kids|family|mom|children|wife|husband|son|daughter|parents) i love (them|her|him)",
    ), other="urgent", unless=LAST_TEXT_BENIGN + lexicon.GIVING_BENIGN),
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
        r"(its|this is) for the best|this is the end|" + lexicon.NO_LONGER_A_WORRY,
        r"ive (decided|made (my|up my) (mind|decision))",
        r"im (so |just )?done(?= *($|[^\w ]))|dont (try to )?(find|stop|save|look for) me",
        # a short final clause: "im done. for good", "its time. bye", "cant do this. goodbye"
        r"(?:(?<=^)|(?<=[.!?,])|(?<=[.!?,] ))(for good|forever|its time|it is time|cant do this( anymore)?|"
        r"ready to go( now)?)"
        r"(?= *($|[^\w ]|lol|haha|lmao))",
        r"take care of (my|the) (kids|cat|dog|pets|babies|children)",
        # "its my time to come home", "god is calling me home", "im going to the lake." at the end
        r"my time (has come|is up|to (come|go) home)|"
        r"(god|he|jesus|the lord) (is )?(calling|called|wants) me home|"
        r"going (to|into) the (river|lake|ocean|sea|water)(?= *($|[^\w ]))",
        "|".join(lexicon.NOT_NEEDED),  # "i will not be needing these messages after this week"
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
        r"bye(?! (for now|now|later|til|till|see))|im (so )?sorry|thank (you|u) for (everything|trying|all)|"
        r"gracias por todo|merci pour tout|" + languages.THANKS_FOR_EVERYTHING + "|"
        r"this is it|i love (you|u)(?! (all|guys|always|so much))|(its|life is) over for me|"
        r"dont (text|reply|call|message|write) (me )?back|dont (try to )?(reach|contact|call) me|"
        r"(said|say|saying) (what|everything|all) i (needed|wanted|had) to say|"
        + "|".join(lexicon.FAREWELL_WEAK),
    ), other="urgent", needs=2),
    # belongings given away and no need for them: "gave my jewellery to my nieces. i shant be needing them"
    Rule("suicidal: giving away what won't be needed", "crisis", (
        "|".join(lexicon.GIVING), "|".join(lexicon.NOT_NEEDED + lexicon.SETTLED),
    ), other="urgent", needs=2, unless=lexicon.GIVING_BENIGN),
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
    # broad lexicons (rules/lexicon.py): wordings of finality and farewell not listed above
    Rule("suicidal: finality", "crisis", lexicon.FINALITY, other="urgent"),
    Rule("suicidal: not being around", "crisis", lexicon.GONE, other="urgent"),
    Rule(
        "suicidal: farewell words", "crisis", lexicon.FAREWELL_ALONE, other="urgent", unless=LAST_TEXT_BENIGN
    ),
    # broad lexicons (rules/lexicon.py): the ideas behind suicidal replies, in any wording
    Rule("suicidal: against living", "crisis", lexicon.AGAINST_LIVING, other="urgent"),
    Rule("suicidal: a world without me", "crisis", lexicon.IF_GONE, other="urgent"),
    Rule("suicidal: plan made", "crisis", lexicon.PLAN, other="urgent", unless=(
        # out of reach for an ordinary reason: "if i dont reply thats why, no cell service at the cottage"
        r"\b(thats why|no (cell )?(service|signal|reception)|cottage|camping|vacation|holiday|trip|"
        r"at work)\b",
    )),
    Rule("suicidal: plan ready", "crisis", lexicon.PLAN_READY, other="urgent", unless=(
        r"\b(for (the|my|our|a|this|next) (weekend|trip|party|presentation|meeting|project|essay|exam|"
        r"holiday|vacation|move|wedding|class|course|business|day|week|summer|garden|birthday))\b",
        r"\b(company|job|work|firm|lease|team|school|game|escape room|the building|fire)\b",
    )),
    Rule("suicidal: putting affairs in order", "crisis", lexicon.AFFAIRS, other="urgent",
         unless=lexicon.GIVING_BENIGN),
    Rule("self-harm: signs", "crisis", lexicon.HARM_SIGNS, other="urgent"),
    Rule("lethal means: named alone", "crisis", lexicon.MEANS_ALONE, other="urgent",
         unless=MEDS_BENIGN + AT_WORK),
    Rule("self-harm", "crisis", (
        r"(cut|cutting|cuts|slit|slice|slicing|burn|burned|burnt|burning|hurt|hurting|harm|harming) <REFL>",
        r"(hit|hitting|punch|punching|punish|punishing|scratch\w*|stab\w*|carv\w*) <REFL>",
        r"self (harm|harmed|harming|injury|injure|injuring)|sh (again|urges|relapse)",
        # the means used in place of coping: "didnt call anyone, used the blade instead"
        r"(used|grabbed|got out|picked up|went for|reached for|went back to) (the|a|my) (razor|razors|blade|"
        r"blades|lighter|knife|scissors|compass)( \w+){0,2} (instead|again)(?! of)",
        r"(cut|cutting|cuts|slit|slic\w*|burn|burning|burned|carv\w*|scratch\w*|slash\w*|stab\w*) (\w+ ){0,3}"
        r"(my |his |her )?(arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|chest|ankles?)",
        r"(im|been|started|keep|kept) cutting(?= *($|[^\w ]|again|tonight|right now|now))",
        r"(cutting|burning|cut|burned) again|(started|start) (cutting|burning)",
        r"(urge|urges|tempted) to (cut|burn)",
        r"went too deep|(cut|its) (too )?deep|(bleeding|blood) (a lot|so much|everywhere|wont stop)",
        r"(so much|lots of|a lot of) blood",
        # "i keep hitting my head against the wall until it bleeds"
        r"(hit|hitting|bang\w*|bash\w*|slam\w*|punch\w*|scratch\w*) (\w+ ){0,5}(until|till|til) "
        r"(it |they |i )?(bleeds?|bled|bleeding)",
        # a flame or something hot held to the skin: "held the lighter to my arm till it blistered"
        r"(held|hold|holding|put|pressed|pressing) (a |the |my )?(lighter|flame|lit \w+|cigarette|cig|iron|"
        r"hot \w+) (to|on|against|into) my (\w+ )?(arm|arms|skin|wrist|wrists|leg|legs|hand|thigh|thighs|"
        r"stomach|chest)",
        r"(hurt|cut|burn|crash|hit|overdos|scald|punch|scratch|bang|bash)\w* (\w+ ){0,6}(on purpose|"
        r"deliberately|intentionally|to feel something|to punish myself)|around my neck",
        r"🩸",
    ), other="urgent"),
    Rule("overdose", "crisis", (
        r"overdos(e|ed|es|ing)",
        r"(i|just|going to|might|want to|almost|nearly) (od|odd|oded|oding)",  # "i od'd" -> "i odd"
        r"took (way )?too (many|much)|swallowed (\w+ ){0,3}(<MEDS>|bottle|pack|handful)|"
        r"(took|swallowed|taken|downed) (a lot|a bunch|loads|lots|a handful) of (something|whatever)",
        # "swallowed everything that was in the cabinet", "took all of it from the medicine cupboard"
        r"(swallowed|took|downed|ate|taken) (everything|it all|all of it|whatever) (\w+ ){0,5}"
        r"(cabinet|cupboard|drawer|bottle|medicine|first aid)",
    ), other="urgent"),
    Rule("lethal means: overdose amount", "crisis", (
        r"(took|taken|take|taking|swallow\w*|popped|downed|ate) (\w+ ){0,2}<MANY> (of )?(\w+ ){0,3}<MEDS>",
        r"<MEDS> (with|and|n|&|\+) (\w+ ){0,3}<ALCOHOL>",
        r"(<ALCOHOL>|drunk|drinking|drank) (\w+ ){0,5}"
        r"(took|take|taking|and then|then) (\w+ ){0,2}<MEDS>",
        r"how (many|much) (\w+ ){0,3}(would it take|does it take|to (die|kill|overdose|od))",
        r"(lethal|fatal|deadly) (dose|amount)",
        r"(have|got) the <MEDS> in my hand|enough <MEDS>",
    ), other="urgent"),
    # a count of pills alone ("40 tylenol"): not when the reply is about a job that counts them
    Rule("lethal means: a count of pills", "crisis", (r"(\d{2,}|[5-9]) (of (my|the) )?(<DRUG>|pills|tabs)",),
         other="urgent", unless_message=WORKPLACE),
    # a means named alone is ordinary at work (the pharmacy shelf) or in a pastime (rules.means)
    Rule("lethal means: dose", "crisis", (r"\d{3,} ?mg",), other=None, unless=MEDS_BENIGN + AT_WORK,
         unless_message=WORKPLACE),
    Rule("lethal means: medication", "crisis", (r"<OTC>",), other=None, unless=MEDS_BENIGN + AT_WORK,
         unless_message=WORKPLACE),
    Rule("lethal means: pill emoji", "crisis", (r"💊",), other=None, unless=MEDS_BENIGN,
         unless_message=ORDINARY),
    Rule("lethal means: stockpiling", "crisis", (
        r"(stockpil\w*|hoard\w*|sav(ed|ing) up|collect\w*|stash\w*|(put|set) (aside|by)) (\w+ ){0,4}<MEDS>",
        r"<MEDS> (\w+ ){0,2}(saved|stockpiled|stashed|hoarded)|stash of <MEDS>",
        r"(garde|accumule|cache|mis de cote|stocke) (tous |toutes |plein de )?(mes |les |des )?(medicaments|"
        r"medocs|pilules|comprimes|cachets)",
    ), other=None),
    Rule("lethal means: pills at hand", "crisis", (
        r"(have|got|holding) (the|enough|all (my|the)) <MEDS>(?! from)",
        r"(looking|staring|stared|looked) at (the|my|all the|all my) <MEDS> (\w+ ){0,2}(all night|for hours|"
        r"all day|again|a long time)",
    ), other=None, unless=MEDS_BENIGN),
    # eyes or thoughts fixed on a means, one's own or within reach: "my brother left his rifle here and i
    # cant stop looking at it"; no pastime guards it (the fixation is the risk); crisis whoever owns it
    Rule("lethal means: fixed on a means", "crisis", (
        r"(cant|cannot|can t) stop (looking|staring|thinking|checking) (at|about|on) (using |taking )?"
        r"(it|them|the \w+|"
        r"(his|her|their|my) (\w+ )?\w+)|"
        r"(keep|kept|keeps|been|always|cant help) (looking|staring|going back|thinking about (using|taking))"
        r"( (at|to) (it|them|the \w+|(his|her|their|my) (\w+ )?\w+))?|"
        r"(cant|cannot) (take|keep) my (eyes|mind) off (it|them|the \w+)|"
        r"(it|they) (keeps?|are|is|keep) (calling|whispering) (to )?me",
        r"guns?|rifle|shotgun|pistol|handgun|firearm|revolver|rope|noose|knife|knives|blade|razors?|"
        r"<MEDS>|🔫|🔪|💊|🪢",
    ), other="crisis", needs=2, unless=(
        r"\b(new|bought|buy\w*|birthday|christmas|gift|deal|on sale|sale|price|collection|shopping|catalogue|"
        r"online|for (hunting|the range|deer season)|recipe|cook\w*|sharpen\w*)\b",
    )),
    Rule("lethal means: rope", "crisis", (
        r"rope|noose",
        r"(tied|tie|tying|hung|hanging|rigged) (\w+ ){0,2}(belt|cord|rope|sheet|scarf|cable|extension cord|"
        r"ligature) (\w+ ){0,3}(to|around|on|from|over) (the |my |a )?(\w+ )?(closet|rod|beam|rail|door|"
        r"ceiling|fan|neck|tree|banister|hook|pipe|rafter)",
    ), other=None, unless=(
        # a rope in ordinary use: on the farm, in a hobby, at play
        r"\b((tire|tyre|rope) swing|hay|bales?|climb\w*|boat|dock|tie ?downs?|tow\w*|skipping|clothes ?line|"
        r"tent|camping|knots?|macrame|toy|course|dogs?|horses?|cattle|calf|calves|lasso|rodeo|farm|ranch|"
        r"sail\w*|"
        r"anchor|crafts?|pulley|hammock|tug of war|gym|workout|fence|trailer|load|kayak|canoe|laundry|"
        r"washing)\b",
    ), unless_message=AT_WORK),
    Rule("lethal means: firearm", "crisis", (
        r"guns?|rifle|shotgun|pistol|handgun|firearm|revolver",
    ), unless_message=AT_WORK + GUN_RANGE + GUN_AFIELD, unless=(
        # a gun in ordinary use: hunting, the range, the farm
        r"\b((go|going|went|for|to go) hunt\w*|hunt\w* (season|trip|camp|licen[cs]e|tags?|party)|"
        r"(at|to) the (gun |shooting )?range|target practice|(deer|moose|elk|duck|goose|gopher|coyote) "
        r"(season|hunt\w*)|skeet|trap shooting|(firearms?|gun|safety|pal) (course|licen[cs]e|class)|"
        r"pour la chasse|a la chasse|(ir|vamos) a cazar|gun club|shooting (club|lessons?|sports?)|"
        r"rod and gun|(back )?in(to)? the (gun )?safe|range officer)\b",
        # the means taken away: handed in, disposed of, locked up by someone else
        r"\b((handed|turned|gave|given|taken|took) (\w+ ){0,3}(in|over|away) to|disposal|disposed|got rid of|"
        r"removed (from|it)|sold (it|them|the)|locked (up|away) (by|at) (my|the|a) \w+)",
    )),
    Rule("lethal means: heights", "crisis", (
        r"jump(ing|ed)? (off|from|out of) (\w+ ){0,3}<HIGH>|(throw|throwing) myself (off|from)",
        r"jump(ing|ed)? (off|from) the top of (\w+ ){0,4}<HIGH>",
        # a balcony, window or building is an ordinary place to sit: only its edge or railing counts
        r"(standing|sitting|stood|sat|climb\w*|perched) (on|at|over|by|off|on top of|up on) "
        r"(the |a |this )?(\w+ ){0,2}(bridge|ledge|roof|rooftop|overpass|cliff|parkade|"
        r"parking (garage|structure)|car park|tracks|tower|top floor|edge|railing)",
        r"im (on|at|under|up on|on top of|in) (\w+ ){0,4}(bridge|ledge|roof|rooftop|overpass|cliff|parkade)",
        r"im (on|at) (\w+ ){0,3}tracks|top of (the|a|my) <HIGH>",
        r"<HIGH> (\w+ ){0,4}(looking down|look down|jump|edge|railing|how high|high enough|the drop)",
        r"high (building|bridge|ledge|balcony)|ledge",
        r"(looked|looking|staring|stared|stare) (at|over|down from) (the |my )?(balcony|bridge|ledge|roof|"
        r"tracks|railing|window) (\w+ ){0,2}(for (a long time|hours|ages|a while)|again|all (day|night))",
    ), other=None),
    # a high place or the tracks, named by the person texting, is crisis unless it is clearly a trip
    Rule("lethal means: a high place", "crisis", (
        r"bridge|(train |lrt |railway |rail )?tracks|ledge|rooftop|roof|overpass|cliff|parkade|high level",
    ), other=None, unless=(
        r"\b(through the roof|traffic|closed|construction|commute|late|bus|bike|walk\w* (across|over)|"
        r"jog\w*|run|ran|view|"
        r"photos?|pictures?|pretty|"
        r"beautiful|club|game|work|school|ride|took the|take the|on my way|stuck|delay\w*|ticket|station|"
        r"leak\w*|repair\w*|fix\w*|snow|shingles|gutters|music|song|album|dental|nose|tooth|teeth|"
        r"cross(ed|ing)?)\b",
    )),
    Rule("lethal means: traffic or water", "crisis", (
        r"in front of (a |the )?(train|bus|truck|car|lrt|traffic|semi)|walk\w* into traffic",
        r"(walk|walking|jump|jumping|going) (\w+ )?into the (river|lake|water|ocean|sea)|drown",
        r"(river|lake|water|ocean|sea)\b(\W+\w+){0,6}\W+(im )?(going to|gonna|will|ill|about to) (walk|wade) "
        r"(in|into it|out)(?= *($|[^\w ]))",
        r"(razor|blade|rope|gun|pills|noose)('?s| is| are)? in my hand|"
        r"in my hand (\w+ ){0,2}(razor|blade|rope|gun|pills)",
        r"(river|lake|water|ocean|sea|bridge) (\w+ ){0,4}(walk|walking|jump|jumping|going) in(to)?"
        r"(?= *($|[^\w ]))",
        r"(driv\w*|drove|crash\w*|steer\w*|swerv\w*) (my car |the car |it )?(into|off) (a |the )?"
        r"(tree|wall|pole|bridge|river|traffic|cliff|ditch|oncoming|road|highway|overpass)",
        r"crash (my|the) car on purpose",
    ), other=None),
    Rule("lethal means: blade or poison", "crisis", (
        r"razor blades?|blades|knife (to|against|on|in) my",
        r"(holding|grabbed|got|have) (a |the |my )?knife(?! (set|block|sharpener|for))",
        r"(with|holding|have|got|grabbed) (a |the |my )?(razor|blade)",
    ), other=None),
    # poison for pests, on the farm or in the garden, is ordinary use (rules.means.PESTS)
    Rule("lethal means: poison", "crisis", (
        r"(drink|drinking|drank) (\w+ )?(bleach|antifreeze)|rat poison|poison myself",
    ), other=None, unless=PESTS, unless_message=PESTS),
    Rule("lethal means: carbon monoxide", "crisis", (
        r"(engine|car) (\w+ ){0,2}running in (the|a|my) garage|garage (\w+ ){0,6}(engine|motor|"
        r"car) (running|on)",
        r"(hose|pipe|tube) (\w+ ){0,4}(exhaust|tailpipe)|(exhaust|tailpipe) (\w+ ){0,2}(hose|pipe|tube)",
        r"carbon monoxide|charcoal (\w+ ){0,3}(in|inside) (the|my|a) (car|room|tent|bathroom)",
    ), other=None, unless=(r"\b(detector|alarm|sensor|leak\w*|furnace|test\w*|batter\w*)\b",)),
    Rule("slang: kms", "crisis", (r"kms|killmyself",)),
    Rule("slang: kys", "crisis", (r"(im|going to|want to|should|might|got to|about to) (just )?kys",)),
    Rule("slang: unalive", "crisis", (r"unalive\w*|self delet\w*",)),
    Rule("slang: sewer slide", "crisis", (r"sewer slide",)),
    Rule("slang: end it", "crisis", (r"end(ing)? it( all)?|end (it )?all",)),
    Rule("slang: ctb", "crisis", (r"ctb",)),
    Rule("French: je veux mourir", "crisis", (
        r"(veux|voudrais|envie de|aimerais|vais|souhaite) (\w+ )?mourir|(ne )?(veux|voudrais) plus vivre",
        # "n ai plus ..." means "no longer ...": part of the phrase, not a negation of it
        r"(n ai )?plus (envie|de raison|aucune raison) de vivre|(marre|fatiguee?) de vivre|disparaitre",
        r"(ne )?(serai|serais|sera) plus (la|ici|en vie)|c est (fini|termine) pour moi|"
        r"j ai tout (prevu|planifie)",
        r"plus (aucune |de )?raison de (continuer|vivre|rester)|(dit|dire|fais|faire|fait) (mes )?adieux? "
        r"a (mes|mon|ma|tous|tout|vous|toi)|lettre d adieu|(mon )?testament est pret",
        r"(ne )?veux plus etre (la|ici|en vie)|(plus|pas) envie d etre (la|ici|en vie)|pas envie de vivre",
    )),
    Rule("French: me suicider", "crisis", (r"suicider|suicidaires?|idees noires",)),
    Rule("French: en finir", "crisis", (r"en finir|mettre fin a (mes|ma) (jours|vie)",)),
    Rule("French: me tuer", "crisis", (
        r"me tuer|(me )?foutre en l air|sauter (du|d un|de la|d une|sous (le|un)) (pont|toit|fenetre|"
        r"train|balcon)",
        r"(vais|veux|envie de) (me )?(sauter|jeter|pendre)|me pendre|corde(?! a (linge|sauter))",
    )),
    Rule("French: self-harm or overdose", "crisis", (
        r"me (couper|coupe|scarifier|scarifie|faire du mal|blesser|bruler)|scarif\w*|surdose",
        r"me suis (coupee?|scarifiee?|brulee?|fait du mal|blessee?)( expres)?",
        r"(pris|avale|prendre|avaler|prends|prend) (tous |toutes |trop de |plein de |tout )(mes |les )?"
        r"(medicaments|medocs|pilules|comprimes|cachets)",
        r"(pris|avale|prendre|avaler) (toute |tout )(ma |la |une |mon |le )(boite|plaquette|flacon|tube)",
    )),
    Rule("Spanish: quiero morir", "crisis", (r"(quiero|quisiera|voy a|deseo|ganas de) (\w+ )?morir(me)?",)),
    Rule("Spanish: me quiero matar", "crisis", (
        r"(quiero|voy a) matar(me)?(?! (a|al|lo|la|los|las) )|matarme|quitarme la vida|"
        r"acabar con (todo|mi vida)",
    )),
    Rule("Spanish: suicidarme", "crisis", (r"suicidar(me|se)?|suicidio",)),
    Rule("Spanish: no quiero vivir", "crisis", (
        r"no quiero (seguir )?viv(ir|iendo)|no (tengo|hay) (razon|razones|motivo) para vivir",
        r"quiero desaparecer|no quiero despertar|(estarian|estaria) mejor sin mi",
        r"(carta|cartas|mensaje) de despedida|me (despedi|estoy despidiendo) de (todos|mis|mi familia)|"
        r"(ultimo|ultima) (mensaje|vez que)|(esta noche|hoy|manana) se acaba (todo|mi vida)|se acaba todo",
        r"(ya )?no voy a estar (aqui|mas|vivo|viva)(?! (manana|el|la|porque|por|hasta|en (la|el|casa)))",
        r"no quiero (estar|seguir) (aqui|viv[oa]|en este mundo)|no vale la pena vivir",
        r"(voy a|quiero|ganas de) (saltar|tirarme|aventarme|lanzarme)(?! (la cuerda|en paracaidas|al agua))",
        r"(tirar|tirarme|aventarme|lanzarme) (del|de un|de la|al|a las) (puente|edificio|techo|tren|vias|"
        r"metro)",
    )),
    Rule("Spanish: self-harm or overdose", "crisis", (
        r"(tomar|tomarme|tome|me tome) (todas|todos) (mis |las |los )?"
        r"(pastillas|pildoras|medicinas|medicamentos)",
        r"me (voy a |quiero )?cort(ar|e|o|ando)(?! el (pelo|cabello))|cortarme|hacerme dano|sobredosis",
        # "me estoy cortando otra vez", "no para de sangrar"
        r"me (estoy|sigo) cortando(?! el (pelo|cabello))|(estoy|sigo) cortandome|"
        r"no (para|deja) de sangrar|sangr(o|ando) (mucho|demasiado)",
        # the pills at hand and a departure tonight: "ya tengo las pastillas, esta noche me voy"
        r"tengo (las|mis) (pastillas|pildoras|medicinas|medicamentos)\W+(\w+ ){0,3}"
        r"(esta noche|hoy|manana) me voy(?= *($|[^\w ]))|me voy (para siempre|de este mundo)",
        r"(cuerda|soga) (esta )?(lista|preparada)|(tengo|compre) (la|una) (cuerda|soga)|ahorcarme|colgarme",
        r"(tome|me tome|tomar|tomarme|tengo) (muchas|todas|un monton de|un frasco de|demasiadas) (las |mis )?"
        r"(pastillas|pildoras|medicinas|medicamentos)(?! (para|del|de la))",
        r"tengo (las|mis) (pastillas|pildoras|medicinas|medicamentos) "
        r"(listas|preparadas|contadas|aqui|conmigo)",
        r"(guarde|junte|guardando|juntando) (muchas |todas |un monton de |un frasco de |las |mis )?"
        r"(pastillas|pildoras|medicinas|medicamentos)(?! (para|del|de la))",
    )),
)
# fmt: on
