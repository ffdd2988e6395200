"""Urgent rules for triage: distress, help-seeking and risks a human should follow up soon. Its table
also reads the guards of `triage.rules.ordinary` (routine contexts), between the risks and Spanish distress.

Patterns follow the conventions of `triage.rules.common`; the broad word lists they use live in
`triage.rules.lexicon`.
"""

from __future__ import annotations

from textsupport.triage.rules import everyday, lexicon, ordinary
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.others import JOKE

# fmt: off
# --- urgent: a human should reach out soon ---------------------------------------------------------
URGENT = (
    Rule("distress: plain words", "urgent", lexicon.DISTRESS, other=None),
    Rule("third party saying goodbye", "urgent", (
        r"(texted|messaged|called|posted|sent|said|saying|wrote)( me| us)? (\w+ ){0,3}(goodbye|goodbyes)",
    )),
    Rule("distress: can't cope", "urgent", (
        r"(cant|not|unable to|hard time|struggling to|trouble|barely) cop(e|ing)",
        r"barely (hanging on|holding on|holding (it )?together|keeping (it )?together|keeping my head above "
        r"water|functioning|surviving|getting by|making it)|hanging (on )?by a thread",
        r"cant (handle|take|deal with) (it|this|anymore|much more)|cant do (this|it) anymore",
        r"breaking point|wits end|rock bottom|whats the point|what is the point",
        r"how much (more|longer) (i can|can i) (take|do this|go on|handle)",
        r"tired of (everything|it all|fighting)|kill me",
        r"(everything|it|this|life|its|all this|its all)( is| feels)? (all |just )?too much",
        r"too much to handle|im a (mess|wreck)",
        r"(going|slipping|sliding) back (to where i was|into (it|depression|that place))",
        r"(getting )?(bad|worse) again",
    ), other=None),
    Rule("distress: falling apart", "urgent", (
        r"falling apart|breaking down|break ?down|losing (my mind|it)|going (crazy|insane)|spiral\w*",
        r"overwhelm\w*|cant think straight|freaking out|drowning|(crashing|caving) (down|in)",
        r"cant stop (crying|shaking|panicking|thinking)|keep crying|want the pain to stop",
        r"(crying|sobbing) (so|a lot|all|nonstop|every|for|again|constantly)",
        r"(feel|feeling|getting) worse|cant calm down",
    ), other=None),
    Rule("asks for contact", "urgent", (
        r"(call|phone|ring) me|please call|can (we|i) talk|need to talk|need someone",
        r"can (you|someone|somebody|anyone) (call|phone|ring|talk)",
        r"talk to (someone|somebody|a person|a human)|please (answer|respond|reply|pick up)",
        r"(text|message|reply|write) (me )?back|(anyone|anybody) (there|around)|are you there",
        r"asap|emergency|help me|need help|please help|send help|i need support",
        # Hindi, Urdu and Punjabi in Latin letters: "bas ek baar baat kar lo", "kise naal gal karni aa"
        r"(baat|bat|gal|gall) (kar|kr) (lo|lijiye|lena|sakte|sakti|sakde|sakdi)|(kisi|kise|kissi|"
        r"kisse) (se|naal|"
        r"nal) (baat|gal|gall) (karni|karna|krni|krna)|(phone|call|fone) (kar|kr) (lo|do|dena|deyo|dyo|lena)",
    ), other="urgent", unless_message=(r"\b(not real help|no real help|not a real emergency)\b",)),
    Rule("distress: fear or panic", "urgent", (
        r"(im|feel|feeling|so|really) (so |really |very )?(scared|afraid|terrified|frightened)",
        r"panic(king|ked|ing)?( attacks?)?|anxiety attacks?|cant breathe|heart (is )?(racing|pounding)",
        r"(worst|bad|terrible|awful|severe|crippling|crazy) anxiety|<INTENSE> anxious",
        r"anxiety (is )?(through the roof|so bad|really bad|awful|out of control)",
    ), other=None, unless=(
        # a feared thing done calmly: "managed the grocery shopping without panicking"
        r"\b(without|no) (\w+ )?(panic\w*|anxiety attacks?|freaking out)\b",
    )),
    Rule("distress: no sleep or food", "urgent", (
        r"(havent|hadnt|not) slept|(cant|couldnt) sleep|no sleep|up all night",
        r"(havent|hadnt) eaten|not eating (at all|anything)|(stopped|cant) eat(ing)?",
        r"(havent|not) left (my|the) (apartment|house|room|bed)",
    ), other=None, unless_message=(
        # a night's work on the farm or with a newborn: "up all night pulling calves"
        r"\b(calv\w*|calf|calfs|lambing|lambs?|foaling|heifers?|harvest\w*|seeding|newborn|the baby|"
        r"night shift)\b",
    )),
    Rule("hopelessness", "urgent", (
        r"hopeless|worthless|helpless|no hope|lost (all )?hope|no future|nothing matters|pointless",
        # ... said beside a denial of intent: "im not suicidal but i dont see any future for myself"
        r"(dont|cant|cannot|do not) see (a|any) (future|way forward)",
        r"(giving|gave|give) up on (everything|life|myself|it all)",
        r"(feel like|want to|ready to|about to|im) giv(e|ing) up(?= *($|[^\w ]))",
        r"(im|feel like) (a )?(burden|failure)|hate (myself|my life)|dont care anymore",
        r"(feel|feeling|so|im) (so |really )?(numb|empty)|dead inside",
        # nothing will change: "its never going to get better", "nothing but setbacks for years"
        r"(its|it is|things are|life is|this is|it|nothing|things) (\w+ )?(never|not ever|wont ever|"
        r"will never) "
        r"(going to |gonna )?(get|be|change|gets|improve)( any)?( better| different| ok| okay| easier)?"
        r"(?= *($|[^\w ]|for me|again))|"
        r"nothing but (setbacks|failures|problems|pain|bad luck|disappointments?|losses)|whats the use|"
        # ... said of the future (hopelessness is urgent, section 3): "nothing is ever going to get better"
        r"nothing (will|is going to|is ever going to) (ever )?(get|be) better|it (will|wont) never get "
        r"better|"
        r"(sera|va a ser) siempre (igual|asi)|nada va a cambiar|(ca|rien) (ne )?(va|"
        r"changera) jamais (changer|"
        r"aller mieux)",
    ), other=None),
    Rule("distress: not ok", "urgent", (
        r"not (ok|okay|alright|fine)(?! with)|not (doing (good|well|ok|okay|great)|good at all)",
        r"not in a good (place|way)|not doing so (hot|great|good)",
        r"struggling|things are bad|isolating|(not|stopped) answering (anyone|my phone)",
        r"<INTENSE> (bad|rough|hard|awful|terrible|horrible|shit|shitty) (day|night|week|time|few days)",
        r"(feel|feeling) (awful|terrible|horrible|like shit|like crap|(<INTENSE> )?(low|down|depressed))",
        r"depressed|depression (is|has been|got) (bad|worse|back)|cant get out of bed",
        r"not (good|great|well)(?= *($|[^\w ]))|(dont want to|couldnt|didnt|havent|"
        r"cant) get(ting)? out of bed",
    ), other=None),
    Rule("relapse", "urgent", (
        r"relaps\w*|fell off the wagon|back on (the )?(drugs|meth|dope|fent|booze|bottle|crack|coke)",
        r"(drinking|using|drank|used|high|drunk|wasted) (again|right now|all (day|night)|tonight)",
        r"(drinking|using|high|drunk) (every day|daily|a lot|all the time|since)",
        r"(smoked|shot up|snorted|injected|used|drank|using) (\w+ ){0,2}again",
        r"blacked out|dont remember anything|bad trip|"
        # days gone on a binge: "on a bender since tues, lost like 2 days"
        r"(bender|binge|binging|drunk|drinking|wasted)\W+(\w+\W+){0,6}lost (like |about |around |almost )?"
        r"(\d+|a|two|three|a couple( of)?|a few) (days?|nights?)|"
        # whole evenings gone: "lost whole nights this week", "cant remember getting home again"
        r"(lost|losing|lose) (whole|entire|full|most of( the)?) (evenings?|nights?|days?|weekends?)|"
        r"(cant|dont|couldnt|didnt) remember (\w+ ){0,2}(getting home|last night|the night|how i got)",
        # blackouts counted or drunk into: "blackout #3 this week", "🍺🍺🍺 blackout again"
        r"(?<!power )(?<!rolling )(black ?outs?|blacking out)(?![^.!?\n]{0,40}\b(power|hydro|electricity|"
        r"outage|storm|lights)\b)(?! (curtains?|blinds|dates?|period|in (the|our|my) (area|neighbou?rhood|"
        r"building|city)|(from|due to) (the )?(storm|wind)))",
        r"(urge|urges|craving|cravings|tempted) to (drink|use|smoke|get high)|cravings",
        r"slipped( up)?( and (used|drank))?|i (used|drank) (last night|yesterday)",
    ), other=None),
    # the voices or messages, with acting on them denied: "... im not going to do anything, i want it to stop"
    Rule("psychosis: acting denied", "urgent", lexicon.PSYCHOSIS_DENIED, other=None),
    Rule("psychosis", "urgent", (
        r"(hearing|hear|heard) (the )?voices|voices (are |keep )?(telling|talking|in my head|again|back)",
        r"(seeing|hearing) things|paranoi\w*|getting (sick|unwell|ill) again|symptoms (are )?(back|worse)",
        r"(following|watching|spying on|tracking|after) me|out to get me|"
        # one's phone or home bugged: "pretty sure the rcmp tapped my phone"
        r"(rcmp|police|cops|government|csis|cia|fbi|they|someone|somebody|neighbou?rs?) "
        r"(has |have |is |are )?(tapped|bugged|hacked|tapping|bugging|monitoring|recording) my (phone|texts|"
        r"line|apartment|house|room|car|computer|calls)",
        r"(tv|radio|people|phone|computer|they) (is |are )?(talking|sending (me )?messages|speaking) (to|"
        r"about) me",
        r"(tv|radio|phone|computer|neighbou?rs?|government|satellites?|cia|fbi|police|they) (is |are )?"
        r"(sending|giving|beaming|putting) (me )?(\w+ )?(messages|signals|codes|thoughts)|"
        r"(reading|read|reads|knew|knows|steal\w*|control\w*|hear|hears) (my )?(mind|thoughts)",
        r"voices|flashbacks?|nightmares?|hallucinat\w*|delusion\w*|manic|mania",
        # signs meant for me alone: "the news anchor keeps sending me messages", "i have to decode them"
        r"(tv|radio|news|anchor|presenter|newscaster|singer|celebrity|billboards?|songs?|licen[cs]e plates?|"
        r"government|satellites?) (\w+ ){0,3}(sending|giving|beaming|putting|leaving|hiding|sends|gives) me "
        r"(\w+ ){0,2}(messages|signals|codes|clues|signs)|(sending|giving|leaving|hiding|sends|"
        r"gives) me (\w+ ){0,2}"
        r"(secret|hidden|coded) (messages|signals|codes|clues|signs)|"
        r"(decode|decoding|decipher\w*|crack\w*) (them|the (messages|signals|codes|signs|clues))|"
        r"(hidden|secret|coded) (messages|meanings?|signs) (meant )?(for|to|about) me|"
        r"(messages|signs|signals) (meant )?(just |only )?for me (in|on|through|from)",
    )),
    Rule("loneliness", "urgent", (
        r"(so|really|very|feel|feeling|all|and|im) alone|lonely",
        r"nobody (cares|loves|likes|understands)|have nobody",
    ), other=None),
    Rule("medication problem", "urgent", (
        r"(ran|run|running) out of (my )?<MEDS>|out of (my )?meds|no (more )?<MEDS>( left)?|off my meds",
        r"<MEDS> (ran|run|are|is) out|(havent|didnt|not) (been )?tak(en|e|ing) (my )?<MEDS>",
        r"(psychiatrist|doctor|therapist|worker|case manager) (dropped|discharged|dumped|quit on) me",
        r"(stopped|quit|not|havent been) (taking )?my meds|(stopped|cut) my meds",
        r"(cant|couldnt) (get|afford) (my )?(meds|refill|prescription)",
        r"meds (arent|not|dont|stopped) work(ing)?",
        r"(meds|pills) (are |is )?(making|made) me (feel )?(worse|sick)",
    )),
    Rule("unsafe situation", "urgent", (
        r"no (food|money|groceries|heat|power)|cant afford (food|rent|groceries)|starving",
        r"evicted|eviction|kicked (me )?out|(homeless|nowhere|no place) to (go|sleep|stay)|"
        # locked out or without a room in the cold: "changed the locks ... minus 28. where do i even go"
        r"(changed the locks|locked out|lost my (room|place|apartment)|where do i (even )?go)\W+(\w+\W+){0,8}"
        r"(minus \d+|\d+ below|blizzard|freezing|storm)|"
        r"(minus \d+|\d+ below|blizzard|freezing)\W+(\w+\W+){0,8}"
        r"(where do i (even )?go|nowhere|no where|outside tonight|locked out)",
        r"sleeping (outside|in my car)|dont feel safe|not safe|unsafe|raped",
        r"(hit|hits|beat|beats|threaten\w*|attack\w*|assault\w*|abus\w*|chok\w*) (me|my)",
    )),
    # no safe place to sleep in dangerous weather (section 3): "its -38 out ... sleeping in the car"
    Rule("unsafe: nowhere warm to sleep in the cold", "urgent", (
        r"(sleeping|sleep|slept|spending the night|staying) (outside|in (my|the|our|a) (car|truck|van|tent|"
        r"garage|shed|stairwell|bus shelter))",
        r"minus \d+|\d+ below|(its|it s|it is|gonna be|going to be|supposed to be)( like)? \d\d( degrees| c)?"
        r"( out| outside| tonight| today)|freezing|blizzard|extreme cold|cold warning|frostbite|wind ?chill",
    ), other="urgent", needs=2, unless_message=(
        r"\b(heater (is )?(going|on|running)|block heater|hotel|motel|camping|road trip|sleeper|cab)\b",
    )),
    Rule("risk to others", "urgent", (
        r"(kill|hurt|stab|shoot|murder) (him|her|them|someone|somebody|people|everyone)",
        r"(want to|going to) hurt (someone|somebody|people)",
    ), unless_message=JOKE),  # "gonna kill him lol, he ate my fries": banter marked as such
    Rule("wants hospital", "urgent", (
        r"(go|going|get|be|need|take me|went) (back )?(to|into) (the )?"
        r"(hospital|er|emerg|emergency|psych ward)",
        r"(im|in|at) (the )?(er|emerg|emergency room|psych ward)",
    ), other=None),
    Rule("dark thoughts", "urgent", (
        r"(dark|bad|scary|intrusive|racing|awful) thoughts",
        r"thoughts (are )?(getting )?(louder|worse|stronger|back)",
    ), other=None),
    Rule("crisis line contact", "urgent", (
        r"(called|calling|call|texted|texting) (the )?(crisis|distress|mental health|help) ?"
        r"(line|centre|center)",
        r"(called|calling|texted) 9 ?8 ?8|(called|calling) 911",
    )),
    Rule("slang: kys (target unclear)", "urgent", (r"kys",)),
    Rule("French: distress", "urgent", (
        r"besoin (d aide|de parler)|a bout|ca va (pas|mal)|pas bien|tout va mal|au secours|aidez moi",
        r"sens (\w+ )?(mal|vide|perdue?)|seule?|triste|deprimee?|angoiss\w*|peur",
        # "je ne me sens pas bien": the "ne" belongs to the phrase, it does not negate it
        r"ne (me )?(sens|vais|va) (vraiment )?pas (bien|tres bien)|ca ne va pas",
        r"(appelez|appelle) moi|(j|je n) en peux plus|crise d (angoisse|anxiete|panique)",
        r"(dors|mange) (plus|pas)|cauchemars?|(entends|entendre) des voix|(les|des|la) voix (me|m|dans)",
    ), other=None),
    *ordinary.GUARDS,  # guards, not risks: rules.ordinary
    *everyday.NEEDS,  # urgent needs of rules.everyday
    *everyday.GUARDS,  # ... and its guards
    Rule("Spanish: distress", "urgent", (
        r"necesito (ayuda|hablar)|no aguanto|ya no puedo|miedo|llamame|ayudame|auxilio",
        r"(estoy|me siento) (muy |tan )?(triste|mal|solo|sola|deprimid[oa]|desesperad[oa]|vaci[oa])",
        r"ataque de (panico|ansiedad)|no puedo (dormir|mas|comer|respirar|parar de llorar)",
        # not well, and contact asked for: "no estoy bien", "me pueden llamar hoy?", "llamenme"
        r"no (estoy|me siento|ando|me encuentro) (nada |muy )?bien(?! (segur[oa]|de (la|el|los|las) (hora|"
        r"fecha|dia|direccion)))|"
        r"(me|nos) (pueden|puede|podrian|podria|puedes|podes|podrias|podrá|podra) (llamar|marcar|hablar|"
        r"contactar)|(llamenme|marquenme|hablenme)|(necesito|quiero) que (alguien|ustedes|usted|"
        r"alguno) me (llame|hable|marque)",
    ), other=None),
)
# fmt: on
