"""Lexicons for triage: finality, not being around, a stance against living, plans, self-harm signs, means
named alone, and distress.

Written as categories rather than as copies of labelled replies, so that unseen wordings of the same
idea are caught. Farewells and affairs live in `rules.farewells`, rewrites in `rules.rewrites`. Same
conventions as `triage.rules.common`: short regexes over normalised text, matched as whole words;
`<NAME>` expands to a macro there.
"""

from __future__ import annotations

# --- crisis: hopelessness that sounds final ("its over for me", "nothing left") ----------------------
FINALITY = (
    r"(its|it is|life is|everything is|all) (all )?over (for|with) me|im (all )?over",
    r"(theres |there is |i have |ive got |got )?nothing (left|more) (for me|to (give|lose|live for))|"
    r"theres nothing left",
    r"no (reason|point) (to|in) (stay(ing)?|be(ing)? here|stick(ing)? around|keep(ing)? going|wak(e|ing) up)",
    r"(give|giving|gave) up on (life|living|everything|myself)",
    r"((cant|cannot) do (this|it|life) (anymore|any longer)|cant do this no more)"
    r"(?! (on|at|in|for|with|because|since|after|before|if))",
    r"done with (everything|life|living|it all|this world|all of (it|this))"
    r"(?! (on|for|in|at|from|i|ive|we|that|today|tonight|at work|now lol))",
    r"(tired|sick|exhausted) of (existing|being here|being alive|living|life|trying|fighting)",
    r"(had|have had|ive had) (enough|it) (of|with) (life|living|everything|it all|this life)",
    r"(cant|dont|cannot) see (a|any) (future|way forward|tomorrow)( for me)?",
    r"(going to|about to|will|ready to) do something (about it )?(tonight|today|right now|now)",
    r"(want|need) (out|it over)(?= *($|[^\w ]))|(want|need) out of (this life|here for good)",
    r"(im|i am) (not|never) coming back(?= *($|[^\w ]|from this|this time))",
    r"disappear (forever|for good|permanently)|quit (my )?(life|living)",
    r"(not|never) (planning|going|intending|meaning|planning on) to come back( in| home| up| out)?"
    r"(?= *($|[^\w ]))",
    r"(wont|not going to) make it to (anything|anything else|any of it)",
    # worth more dead: "better off with the insurance money than with me"
    r"(better off|worth more|happier) (\w+ ){0,5}than (with |having )?me|worth more dead|"
    r"(life )?insurance (\w+ ){0,6}(than (with )?me|when im gone|if i (die|was gone|wasnt here)|worth more)",
)
# ... and not being around any more ("ill be gone by morning", "fine without me")
GONE = (
    r"(ill|i will|im going to) be gone(?! (for|till|until|this|on|all|from|a|the|\d))",
    r"(dont|cant) see myself (being )?(here|around|alive) (next|by|in|after|much longer|for)",
    r"(dont|cant) see myself (making it|lasting|surviving) (to|through|past|until|til|another|much)",
    r"(everyone|everybody|they|you|yall|the world|my family|my kids|all) (will|would|d|ll) be "
    r"(fine|ok|okay|better|happier|good) without me",
    # formal wording: "my family would manage perfectly well without me"
    r"(everyone|everybody|they|yall|the world|my (family|kids|children|wife|husband|son|daughter)) "
    r"(would|will|d|ll) (manage|cope|get (on|by|along)|do|carry on) (\w+ ){0,2}(fine|well|better) without me",
    r"(world|everyone|life) (is |would be |will be )?(better|easier) without me",
    r"(wont|not going to) (be here|make it) (much longer|for long|by|next)",
    r"(dont|do not|not) plan(ning)? on (being|sticking|staying) (around|here|alive)",
    r"im (so )?ready to go(?= *[.!]*$)|(its|it is) (my )?time to go(?= *[.!]*$)",
)
# --- crisis: a stance against staying alive, in any wording ("i hate being alive", "why do i bother living")
AGAINST_LIVING = (
    r"(dont|doesnt|do not) (even |really )?(want|wanna|deserve|need) to (be alive|exist|live|be here|"
    r"be around)",
    r"(hate|hating|tired of|sick of|done|over) (being alive|existing|living|being here|life)",
    r"(shouldnt|should not|dont deserve to|not meant to|no reason to) (be alive|exist|be here|live)",
    r"why (do |should |would )?i (even |still )?(bother|keep) (living|going|trying|existing|being alive)",
    r"(life|living|it) (isnt|is not|aint|not|never) worth it|no vale la pena (vivir|seguir)",
    r"(the )?only way out|(world|everyone|nobody|no one) (doesnt|does not|wont) (need|miss) me",
    r"(no|theres no|not any|whats the|what is the) (reason|point) (for me )?(to|in|of) (be|being|stay|"
    r"staying|stick|sticking) (here|alive|around)",
    r"(no|theres no|not any|dont have a|dont have any) (reason|point) (for me )?(to|in) (keep |keeping )?"
    r"(living|live|go on|going on)(?= *($|[^\w ]|anymore|any more))",
    r"(not going to|wont|dont think ill|dont think im going to) (make it|be a problem|be a burden)"
    r"(?! (to|on|in|at|for|by \d|through (work|the day)))",
    r"(wont|not going to) be (a problem|a burden|a nuisance|a bother|a worry|any trouble|around|here|"
    r"in (your|the) way) (\w+ ){0,3}(much longer|for long)",
    r"(done|finished|tired of) (fighting|trying)(?= *($|[^\w ]|anymore))",
)
# ... and a world without them: "if i was gone", "nobody would care if i died", "relieved if i disappeared"
IF_GONE = (
    r"(if|when|once) i (was |were |am |m )?(just |simply )?(gone|dead|disappeared|vanished|died|"
    r"killed myself|"
    r"(wasnt|werent|wasn t) (here|around|alive)|didnt (exist|wake up)|never existed|left for good)",
    r"(better|happier|easier|relieved|free|fine)( off)? (\w+ ){0,3}(if|when|once) (i|im) ",
)
# ... a plan already made: "made up my mind", "picked the spot", "everything i need to do it"
PLAN = (
    r"(made up|make up|made) my mind(?= *($|[^\w ]|tonight|today|its|im))|mind is made up",
    r"(picked|chose|found|chosen|scoped out) (a |the |my )?(spot|place|day|date|time|way|method|bridge|tree)"
    r"(?! (for|to (meet|eat|go|live|stay)))",
    # a date set and named alone: "set the date. saturday"
    r"(set|picked|chose) (the|a|my) (date|day)\W+(\w+ )?(today|tonight|tomorrow|\w+day|the \d+\w*)"
    r"(?= *($|[^\w ]))",
    r"(know|figured out|decided) (how|when|where) (i (would|will|d|ll|am going to)|im going to|to) do it"
    r"(?! (differently|better|next time|again next|(for|with) (the|my|a|an|this|that|our) ))",
    r"(have|got|bought) (everything|all|what) i need (to do it|for it)|(have|got) the means",
    r"(do|doing|try|trying) it (tonight|this weekend|tomorrow|soon|for real|again)",
    r"(what|something) (i|im) (might|could|am going to|will) do to myself",
    r"(cant|cannot|dont think i can|not sure i can) (keep|stay) (myself )?safe",
    r"do something (bad|stupid|drastic|terrible|permanent)( to myself)? (tonight|today|soon|now)",
    r"(?<!worry )(?<!worried )(if|when) i dont (answer|reply|text back|respond)",  # not "dont worry if ..."
    # "no more texts please, i wont need them after tonight"
    r"(wont|will not|shant|shall not|no longer) (be )?need(ing)? (them|it|him|her|any of (it|this|them)) "
    r"(after|past|beyond) (today|tonight|tomorrow|this (week|weekend)|\w+day)(?= *($|[^\w ]))",
    r"my plan is to (do it|end it|end things|go through with it)",
    # the moment chosen by who is away: "im going to do it when the kids are at school tomorrow"
    r"(going to|gonna|will|ill|plan to|planning to) do it (when|once|while|after) (\w+ ){0,3}(is|are|leaves?|"
    r"goes|go|left) (\w+ ){0,2}(at (work|school)|asleep|out|away|gone|for (work|school)|"
    r"to (work|school|bed))",
    # the method weighed: "ive been thinking about how to do it. probably hanging"
    r"(thinking|thought|think|wondering|figuring) (about |of |out )?(how|where) "
    r"(to|i (would|will|could|d|ll)|id|ill) do it(?= *($|[^\w ]))(?! *\W* *(for|with|on|at|in) )",
    r"(probably|maybe|prob|by|either) (hanging|hang myself|jumping|an overdose|overdosing|drowning)"
    r"(?= *($|[^\w ]|or))",
    r"(wont|will not|shant|shall not|no longer) (be )?need(ing)? (these|your|the|any more|any)( daily)? "
    r"(texts|messages) (after|past|beyond|from) (this|today|tonight|tomorrow|\w+day|the weekend|next)",
    r"(?<!worry )(?<!worried )(if|when) (you|u|anyone|nobody) (dont|doesnt|do not) hear from me"
    r"(?! (for a|this week|this weekend|until|till|while))",
    # the means and the moment known: "i know where, i know when, i have what i need"
    r"know (where|how|when)(,| and)? (i )?know (where|how|when)|(i have|ive got|got) (everything|what) i need"
    r"(?= *($|[^\w ]))",
    # no rescue wanted: "i dont want to be rescued this time", "dont call an ambulance"
    r"(dont|do not) want to be (rescued|saved|found|revived|resuscitated)|"
    r"(dont|do not) (call|send) (an |the )?(ambulance|911|paramedics|police)(?! (again|another time|"
    r"every time|"
    r"over|each time|next time))",
    # arrangements made: "i have made my arrangements", "my affairs are in order"
    r"(made|making|finished|finalised|finalized) (my|all my|the|all the) (final )?arrangements"
    r"(?! (for (the|my|a) (trip|visit|move|holiday|vacation|wedding|party|flight)))|final arrangements",
)
# the night of an event, named soon after "tonights the night": "tonights the night of the concert"; "for"
# or "of" only before what names one ("tonight is the night sorry for everything" names none)
EVENTS = (
    r"(concert|game|show|party|date|premiere|finale|dinner|launch|wedding|gala|recital|play|match|opening|"
    r"movie|prom|gig|performance|celebrat\w*)"
)
AN_EVENT_NAMED = (
    r"[^.!?\n]{0,40}\b((of|for) (the|my|our|a|an|his|her|their|this|that)\b|first\b|" + EVENTS + r"\b)"
)
EVENT_NAMED = r"[^.!?\n]{0,40}\b" + EVENTS + r"\b"
# things one plans or works out on an ordinary day: a trip, an occasion, a meal, a room, a task for school
ORDINARY_TASKS = (
    r"(cake|gateau|pastel|recipe|recette|receta|perogies|cook\w*|bak\w*|meals?|menu|dinner|supper|brunch|"
    r"lunch|bbq|souper|diner|cena|paint\w*|pintar|peindre|garden\w*|jardin|kitchen|cuisine|cocina|bathroom|"
    r"reno\w*|exam|examen|essay|homework|tarea|devoirs?|presentation|interview|entrevue|entrevista|resume|"
    r"taxes|tax refund|budget|savings|ahorrar|trip|road trip|vacation|holidays?|voyage|vacances|viaje|"
    r"vacaciones|party|fete|fiesta|wedding|mariage|boda|birthday|anniversaire|cumpleanos|christmas|noel|"
    r"navidad|thanksgiving|easter|move|moving|demenagement|mudanza|project|projet|proyecto|science fair|"
    r"assignment|lab report|sala|salon|"
    r"nursery|baby shower|decorat\w*|hair|cheveux|pelo)"
)
NOT_A_TASK = r"(?! *[^\w ]* *(differently|better|next time|again next|(\w+ ){0,3}" + ORDINARY_TASKS + r"\b))"
# ... a plan described as made, the method or the moment worked out with nothing named: "been planning how
# id do it", "ive worked out how", "je sais comment je vais le faire", "ya se como lo voy a hacer"; not a
# lesson for next time nor a task named after it ("i know how id do it differently", ", the cake i mean")
PLAN_DESCRIBED = (
    r"(plann?ing|plann?ed|plotting|worked out|working out|figured out|figuring out|mapped out|know|knew|"
    r"decided|settled on) (exactly |just |already )?(how|when|where) (i (would|will|could|am going to)|id|"
    r"ill|im going to|im gonna|to) (do it|go through with it)(?= *($|[^\w ]))" + NOT_A_TASK,
    r"(i|ive|i have) (already |finally |now )?(worked|figured|plann?ed|mapped|thought) (it )?out "
    r"(exactly |just )?(how|when|where)(?= *($|[^\w ]))" + NOT_A_TASK,
    # French: "je sais comment je vais le faire", "j ai decide quand je le ferais"
    r"(sais|savais|decide|planifie|prevu|trouve|pense a|reflechi a) (exactement |deja )?(comment|quand|ou) "
    r"(je vais |j vais |je vas |j vas |je |j )?(le |la |l )?(faire|ferai|ferais)(?= *($|[^\w ]))"
    + NOT_A_TASK,
    # Spanish: "ya se como lo voy a hacer", "tengo pensado como hacerlo"
    r"(se|sabia|decidi|planee|planeado|pensado|planeando) (exactamente |ya )?(como|cuando|donde) "
    r"(lo )?(voy a hacer(lo)?|hacerlo|lo hare|lo haria|hare|haria)(?= *($|[^\w ]))" + NOT_A_TASK,
)
# ... a plan that is ready, named alone: "my plan is ready", "my plan is set for fri", "planning my exit"
PLAN_READY = (
    r"(^|my |the )plan(s)? (is |are )?(all )?(set|ready|in place|made|final\w*|done|happening|on|go)",
    # the means or the note ready: "ropes ready", "gun is loaded", "note is on the table", "notes written"
    r"(^|my |the )(rope|noose|pills|meds|gun|knife|blade|note|letter)s? (is |are )?(all )?(ready|set|tied|"
    r"loaded|written|done|laid out|(on|in) (the|my) (table|desk|counter|bed|drawer|kitchen))",
    r"(its|it is|everything is|everythings|all) (all )?(planned|set|ready|arranged|prepared|sorted)( out)?,? "
    r"(for )?(tonight|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this weekend|now)",
    r"(plan|planning|planned|plotting) (my|an|the) (exit|way out|escape|death|own death|last (day|night)|"
    r"final (day|night|exit)|suicide)",
)
# ... self-harm in words that do not say "myself": "covered in cuts", "the cuts are deep", "bleeding"
HARM_SIGNS = (
    r"(covered in|fresh|new|deep|more) (cuts|burns|scars|wounds)|cuts (are|were|r) (deep|bad|bleeding)",
    r"cut (too |so |really )?deep|(wrists?|arms?|legs?|thighs?|skin) (are |is |r )?(bleeding|cut|burnt|"
    r"burned)",
    r"(bleeding|blood) (\w+ ){0,2}(wont|cant|will not) stop|(im|its|still) bleeding",
    r"relaps\w* (on|with|into) (cutting|sh|self harm|burning)|(sh|self harm) relapse|shd (again|last night)",
    r"(cutting|burning)(?= *($|[^\w ]|right now|now|tonight|again))(?<!stopped cutting)(?<!quit cutting)",
    r"bleeding (so |really |very )?(bad|badly|heavily|loads)",
    r"(it was|was|it is|they were|theyre|went) (too |so |really |pretty )?deep|"
    r"(might|may|probably|think i|if it|if they|it|they) (needs?|need) stitches",
    r"by cutting(?= *($|[^\w ]|again|for the first time))",
    r"(relapsed|slipped|caved|gave in|i|just) (and |n )?(cut|burned|burnt)(?= *($|[^\w ]|again|last night|"
    r"today|anyway|deeper|worse))",
)
# ... and lethal means mentioned on their own (emoji included)
MEANS_ALONE = (
    r"noose|🪢|🩸|⛓|🪦|⚰|razor blades?|(the|a|my) blade",  # a knife or gun emoji: rules.means
    # the whole reply is a means or an act, in a word or two: "pills", "took 30", "took them all"
    r"^(the |my |all the |all my )?(pills|meds|tablets|rope|gun|knife|blade|razor|overdose|od)"
    r"( now| tonight| right now)?(?= *[.!]*$)",
    r"(^|i |just |and |n |ive )took ((them|em|it|those|these|everything) all|all of (them|em))"
    r"(?= *($|[^\w ]))|"
    r"^took (\d{2,}|[5-9]|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)(?= *[.!]*$)|"
    r"^(i |just |i just )?took (everything|it all|all of it)(?= *[.!]*$)",
    # an end that is never waking up: "never waking up", "not waking up again"
    r"never waking up(?= *($|[^\w ]|again))",
    r"(sav(ed|ing)|kept|keep|keeping|stash\w*|hid|hidden|hiding|collect\w*|hoard\w*|(put|set|"
    r"putting|setting) "
    r"(aside|away)) (up )?(\w+ ){0,4}<MEDS>",
    # the dose it would take: "how many of my tablets it would take", "the amount of insulin it would take"
    r"(how (many|much)|the amount|amount|the number|enough) (of )?(\w+ ){0,3}<MEDS> (\w+ ){0,2}"
    r"(it would take|would it take|it takes|does it take|would do it|would kill|to (die|kill|do it))",
    r"(bottle|box|pack|handful|bunch|lot|lots|stack|pile) of (\w+ ){0,2}<MEDS>(?! (for|from))",
)
# voices or messages, and acting on anything denied: "the tv sends me messages. im not going to do anything"
_PSYCHOSIS = (
    r"(voices|sending me (messages|signals)|(messages|signals) (to|for|about) me|watching me|following me|"
    r"reading my (thoughts|mind|phone|texts)|read my (thoughts|mind)|knew what i was thinking|saying my name|"
    r"cameras? in|implant\w*|spying on me|les voix|las voces|me (mandan|envian) mensajes)"
)
_DENIED = (
    r"(((im|i am) not|i wont|i will not|im never|not) (going to |gonna )?(do|act on|hurt) (anything|it|them|"
    r"anyone)|no (voy|vamos) a hacer nada|(je )?(ne )?(vais|ferai) rien faire)"
)
PSYCHOSIS_DENIED = (
    rf"\b{_PSYCHOSIS}\b[\s\S]{{0,300}}\b{_DENIED}\b|\b{_DENIED}\b[\s\S]{{0,300}}\b{_PSYCHOSIS}\b",
)
# --- urgent: distress and help-seeking in plain words ---------------------------------------------
DISTRESS = (
    r"(hard|rough|tough) time (coping|dealing|holding on|with everything|keeping it together)",
    r"(worst|shittiest|hardest) (day|night|week|month|time)( ever| of my life)?",
    r"(dont|do not) know what to do( anymore| with myself)?|(at|reached) (my|the) (limit|end of my rope)",
    r"everything (sucks|is shit|is falling apart|is (going )?wrong|goes wrong|hurts)|life sucks|"
    r"i hate (it|this|everything)|(my )?(head|life|mind|brain) is (a )?(mess|wreck|disaster|dark)",
    r"(cant|cannot) (stop|quit) (crying|shaking|panicking|thinking about it)|crying (all|every)",
    r"(so|really|very|super|too) (stressed|overwhelmed|anxious|upset|depressed)|cant calm down",
    r"(need|want) (someone|somebody|a person|to talk|to vent)|(please )?(check on|reach out to) me|"
    r"urgent(ly)?",
    # "i dont know how much longer i can keep going like this", "my thoughts are racing and dark"
    r"(dont know|not sure) how (much )?(longer|long) i can (keep going|go on|do this|hold on|take (it|this))|"
    r"(thoughts|mind|head) (are|is) (racing|dark|spinning|scary)|better off without my \w+",
    r"(dont|cant|never) see (things|it|anything|life) (ever )?(getting|get) better|"
    r"wish i could (just )?sleep for (a|\w+) (week|month|year)s?|(nobody|no one) (was|is) (there|here)",
    r"no tengo ganas de nada|todo me da igual|sin esperanza|(me siento )?atrapad[oa]",
    r"(im|feel|feeling) (so |really |very |completely )?(lost|broken|trapped|stuck|defeated|miserable)",
)
