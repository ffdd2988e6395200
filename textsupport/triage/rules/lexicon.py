"""Lexicons for triage: rewrites (VARIANTS), finality, farewells, plans, means, and distress.

Written as categories rather than as copies of labelled replies, so that unseen wordings of the same
idea are caught. Same conventions as `triage.rules.common`: short regexes over normalised text,
matched as whole words; `<NAME>` expands to a macro there.
"""

from __future__ import annotations

# --- rewrites before matching: (regex, replacement), applied in order ---------------------------------
VARIANTS = (
    # SMS shorthand
    (r"wanna|wana|wanan", "want to"),
    (r"gonna|finna|gona", "going to"),
    (r"gotta", "got to"),
    (r"tryna", "trying to"),
    (r"imma|ima", "im going to"),
    (r"u", "you"),
    (r"ur", "your"),
    (r"pls|plz|plse|pleas", "please"),
    (r"rn", "right now"),
    (r"tmrw|tmr|tomoro|tommorow|tomorow|tmw", "tomorrow"),
    (r"tonite|2nite", "tonight"),
    (r"idk", "i dont know"),
    (r"k m s|k\.m\.s", "kms"),
    (r"w / o|wo|w out|w/o", "without"),
    (r"w /|w", "with"),
    (r"nite|nyt", "night"),
    (r"tn|2nyt", "tonight"),
    (r"msg|mssg|msge", "message"),
    (r"msgs|mssgs", "messages"),
    (r"luv|lov|ly", "love"),
    (r"ily|ilysm", "i love you"),
    (r"wud|wld", "would"),
    (r"cud|cld", "could"),
    (r"shud|shld", "should"),
    (r"(wont|will|to|cant|going to|ill|might|would|could|should|gonna|not) b", r"\1 be"),
    (r"b4|bfore", "before"),
    (r"2day|tday", "today"),
    (r"sry|srry|soz|sozz", "sorry"),
    (r"idc", "i dont care"),
    (r"ppl", "people"),
    (r"every1|evry1|evryone|evry one", "everyone"),
    (r"some1", "someone"),
    (r"rly|rlly", "really"),
    (r"ded", "dead"),
    (r"disapear|dissapear|dissappear|disappaer", "disappear"),
    (r"alot", "a lot"),
    (r"any more|anymre|anymor|anymoe|anymroe|nymore", "anymore"),
    (r"(?<!a )bout|abt", "about"),  # not French "a bout" (at the end of one's rope)
    (r"good bye", "goodbye"),
    (r"(at )?(the )?(end|edge) of (my|the|his|her|our) (rope|tether)", "at my limit"),  # no ligature
    # spelled-out negatives and "i am" -> one token each
    (r"i am|i m", "im"),
    (r"can not|cannot", "cant"),
    (r"do not", "dont"),
    (r"does not", "doesnt"),
    (r"did not", "didnt"),
    (r"will not|shall not|shant", "wont"),
    (r"would not", "wouldnt"),
    (r"have not", "havent"),
    (r"is not", "isnt"),
    (r"no ?one|no1|no body", "nobody"),  # a quantifier, not a negator
    # dropped g: killin, cuttin, ...
    (r"(kill|cutt|burn|hurt|cry|dy|go|try|think|feel|drink|us|los|plann|sav|giv|strugg?l)in", r"\1ing"),
    # misspellings of the words that matter most
    (r"my ?slef|mysefl|myslf|meself|my self|mysel|myselv", "myself"),
    (r"kil|kll|kilk|k[1!*]ll", "kill"),
    (r"sucide|suicde|suiside|suicid|suecide|sucicide|suicied|suicdie|sucidie|suisede", "suicide"),
    (r"sucidal|suicdal|suisidal|suicidel|sucidial|suicidial|suicidle", "suicidal"),
    (r"(want to|going to|wish i could|ready to|deserve to) dye(?! (my|it|the|her|\w+ hair|hair))", r"\1 die"),
    (r"overdoz(e|ed|es|ing)", r"overdos\1"),
    (r"over dos(e|ed|es|ing)", r"overdos\1"),
    (r"self ?harm|selfharm", "self harm"),
    (r"un ?alive", "unalive"),
    # voice-to-text errors: "hurt my shelf", "sue aside"
    (r"(hurt|hurting|cut|cutting|kill|killing|harm|harming|burn|burning|hate|off) my shelf", r"\1 myself"),
    (r"sue (a )?side|sue icide|sioux side|sewer cide", "suicide"),
    (r"sewer ?(slide|side)|sewerslide", "sewer slide"),
    (r"ibuprofin|ibuprophen|ibuprophin|ibprofen|iboprofen|ibuprofren", "ibuprofen"),
    (r"tylenl|tylanol|tylonol|tynelol|tyelnol", "tylenol"),
    (r"acetominophen|acetaminophin|acetomenophen", "acetaminophen"),
    (r"seraquel|seroquil|seroqel", "seroquel"),
    (r"atavan|adavan|ativen|ativn", "ativan"),
    (r"pils|pillz", "pills"),
    (r"medz|medication|medications|medicine|medicines", "meds"),
    (r"suicide (hot)?line", "crisis line"),  # calling a line is help-seeking, not intent
)

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
# farewell cues strong enough alone ("please take care of my cat", "this is my last message")
FAREWELL_ALONE = (
    r"(please )?(take care of|look after) my (kids|cat|cats|dog|dogs|pets?|babies|children|plants)"
    r"(?! (this|next|while|when|until|till|tomorrow|for (the|a|\d|two|few)|on|over))( for me)?"
    r"(?= *($|[^\w ]|when|after|now))",
    r"(my |this is my |this is the )last (message|text|time (ill|i will) (text|message|write))",
    r"(its been|it was|it has been) (nice|good|a pleasure|an honou?r|lovely) knowing (you|u|everyone|yall)|"
    r"adieu|adios para siempre",
    r"(wrote|written|writing) (everyone|everybody|each of (you|them)|all of (you|them)|my (family|kids)) "
    r"(\w+ )?(letters?|notes?|a letter|a note)",
    r"(bye|goodbye) (forever|for good|for the last time)|(my|one) last goodbye",
    r"(^|please )(give|leave) my <PET> to \w+(?! (for|while|until|till|when|during|over|this|next|at))",
    # thanks "for everything" as the whole reply, with nothing to thank for named (section 3)
    r"^((and|just|well|ok|so) )?(thanks?|thank (you|u)|thx|ty|merci|gracias)"
    r"( (so much|a lot|all|everyone|guys|again|beaucoup|a todos|a tous|mucho))? (for|pour|por) "
    r"(everything|it all|all of it|tout|todo)( (guys|all|everyone|yall|a todos|a tous|de verdad|vraiment))?"
    r"(?=[^a-z0-9]*$)",
    r"(this is )?the last time (you|anyone|anybody|youll|you will) (\w+ )?hear from me|"
    r"(wont|never|will never) hear from me again",
    r"(wont|dont) need (\w+ ){0,3}where im going|(where|the place) im going (\w+ ){0,3}(wont|dont) need",
    # "said goodbye to my mom today. she doesnt know it was the last time"
    r"goodbyes?( to (my )?\w+)?( (today|tonight|now|earlier))?\W+(\w+ ){0,5}(was|is|it was|will be|its) "
    r"(the|my|our) last (time|goodbye|one)(?= *($|[^\w ]))",
    r"sorry for (everything|all of it|all of this|all the pain|being me|what im about to do)",
    r"(im )?sorry (mom|mum|mama|dad|papa|everyone|guys|family)"
    r"(?! (i|ill|for (the|being|my|not|missing|that|this|a)))",
    r"tell (my \w+|them|everyone|everybody|\w+) (im|i am) sorry|(tell|let) (my \w+|them|everyone) (know )?"
    r"i (love|loved) (them|her|him)",
)
# weak farewell cues: two distinct ones in a message make a crisis ("im sorry. bye")
FAREWELL_WEAK = (
    r"for (everything|all of it)|ill miss (you|u)|(tell|let) (them|everyone|my \w+) (know )?i (love|loved)",
    r"i (love|loved) (you|u) (all|guys)|(dont|do not) be (sad|mad)|(this is|its) (the end|it)|"
    r"(you|u) (tried|did) (your|ur|all you could|everything)|(wasnt|not) your fault",
    r"thank (you|u) for (your (kindness|patience|help|support|care)|all (you|youve) (have )?done)|"
    r"(dont|do not|please dont) worry about me (any longer|anymore|now)",
)
# no longer anyone's worry or burden: "you wont have to worry about me anymore", with a farewell cue
NO_LONGER_A_WORRY = (
    r"(wont|will not|never|no longer|not going to) (have to |need to |ever )?(worry|deal|bother|put up) "
    r"(about|with) me( again| anymore| any longer| now)?|(wont|will not|no longer) be (a burden|your problem|"
    r"a problem|a worry)( \w+)?|"
    r"(ya )?no (van a|vas a|tendran que|tendras que|tienen que|tienes que) (tener que )?(preocupar\w*|"
    r"cargar\w*) (por|con) mi|"
    r"(n auras|n aurez|n aurez plus|n auras plus|n aurons) plus (a|besoin de) (t |vous |te )?(inquieter|"
    r"soucier|occuper) (pour|de) moi"
)

# things one will not need: weak alone ("i wont need my coat, its warm"), a cue beside a farewell or a gift
NOT_NEEDED = (
    r"(wont|no longer|not going to|dont) (be )?need(ing)? (them|it|these|those|this|any of (it|this|them)|"
    r"my \w+)(?! (for|to|because|since|as|until|till|today|tomorrow|this|next|at|on))",
    r"no (need|use) for (them|it|these|those|any of (it|this|them)|my \w+)( anymore| any longer| now)",
    r"(need|use|enjoy|deserve) (it|them|those|these) more than (me|i (do|will|ever))",
    r"(n en )?aurai plus besoin|plus besoin (de (lui|elle|eux|ca))|"
    r"ya no (lo|la|los|las) (voy a necesitar|necesito|necesitare)",
)
# affairs settled, said beside a gift: "gave my guitar to my nephew, feels good to have it all sorted"
SETTLED = (
    r"(have|having|got|get|getting|its|it is|everything is|everythings|all|now) (it |everything |"
    r"things )?(all )?"
    r"(sorted|settled|squared away|tied up|in order|taken care of|wrapped up)(?! (for|by|before|with))|"
    r"(tied|tying|tie) up (all )?(the |my )?loose ends",
)
# ... ordinary giving away that is no farewell: "giving away my old couch if anyone wants it"
GIVING_BENIGN = (
    r"\b(if (anyone|anybody|someone|somebody|you) wants?|moving|new (place|house|home|apartment|flat|one)|"
    r"free to a good home|for free|yard sale|garage sale|donat\w*|charity|declutter\w*|spring clean\w*|"
    r"goodwill|thrift|value village|salvation army|library|food bank|birthday|christmas|present|gift|"
    r"teacher|professor|office|reception|front desk|mechanic|repair\w*|post office|courier|"
    r"too (many|much)|outgrown|(too )?(small|big) for|"
    # for a while only: "giving my dog to my sister for the weekend while im away"
    r"for the (weekend|week|night|day|holidays?|summer)|while (i|im|we)|until (i|im|we)|till (i|im|we)|"
    r"when (i|we) (get|come) back|vacation|holiday|trip|(dog|pet|cat|house) ?sitt\w*|allerg\w*|"
    r"no pets|landlord)\b",
)
# ... and belongings handed over: "gave my furniture and my jewellery to my nieces"
GIVING = (
    r"(gave|give|given|giving|handed|left|leaving) (away )?(all )?(my |our )(\w+ ){0,6}(to|away)",
    r"(gave|given|giving) away (all )?(my |our )\w+",
    r"(sold|selling|cancel\w*|gave up|giving up) (\w+ ){0,2}(all )?my (\w+ ){0,3}(and|,)",
    r"(donne|regale|deje|di) (\w+ )?(mon|ma|mes|mi|mis) (\w+ ){0,3}(a|al)",  # French, Spanish
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
    r"(no|theres no|not any) (reason|point) (for me )?(to|in) (be|being|stay|staying|stick|sticking) "
    r"(here|alive|around)",
    r"(no|theres no|not any|dont have a|dont have any) (reason|point) (for me )?(to|in) (keep |keeping )?"
    r"(living|live|go on|going on)(?= *($|[^\w ]|anymore|any more))",
    r"nothing (will|is going to|is ever going to) (ever )?(get|be) better|it (will|wont) never get better",
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
    r"(know|figured out|decided) (how|when|where) (i (would|will|d|ll|am going to)|im going to|to) do it",
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
    r"(dont|do not) (call|send) (an |the )?(ambulance|911|paramedics|police)",
    # arrangements made: "i have made my arrangements", "my affairs are in order"
    r"(made|making|finished|finalised|finalized) (my|all my|the|all the) (final )?arrangements"
    r"(?! (for (the|my|a) (trip|visit|move|holiday|vacation|wedding|party|flight)))|final arrangements",
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
# ... and putting affairs in order: "gave away my stuff", "put my dog up for adoption"
AFFAIRS = (
    r"(gave|give|giving|given) (away )?(all )?(my )?(stuff|things|belongings|possessions|clothes)( away)?",
    # two things handed to two people: "gave my bike to my nephew and my tools to the neighbour"
    r"(gave|giving|given|handed|left|leaving) (\w+ ){0,2}my (\w+ ){0,3}to (\w+ ){1,4}(and|n|&|"
    r"plus) (\w+ ){0,2}my "
    r"(\w+ ){0,3}to (\w+ )?\w+",
    r"(found|finding|need) (a )?(new )?(home|homes|owner) for my <PET>",
    r"(put|putting|gave) (up )?my <PET> (up )?(for adoption|away)",
    # a pet or belongings handed over for good: "i gave my dog to my neighbour for good"
    r"(gave|give|given|giving|rehom\w*|took|taken|sent|left) (\w+ ){0,4}<PET> (\w+ ){0,6}"
    r"(for good|permanently|forever|para siempre|pour (de bon|toujours))",
    r"<PET> (is|are|will be|lives|is living|goes|went) (\w+ ){0,5}(for good|permanently|forever)",
    # a pet handed on with no reason given: "make sure my cat goes to a good home", "gave my dog to my sister"
    r"my <PET> (goes|go|gets|get|finds|find|ends up|end up|has|have) (to |with )?(a |an )?(good|new|loving|"
    r"safe|nice|better|kind) (home|family|owner|people)",
    r"(gave|given|giving|handed|rehom\w*) (away )?(\w+ ){0,4}my <PET> (away )?to (my |a |an |the |our )?\w+",
    # someone else will care for what was mine better than i can: "shell take better care of him than me"
    r"(take|takes|taking|look|looks|looking) (\w+ )?better care of (him|her|them|it|my \w+) than (me|i)\b",
    # care that ends on a set day:
    # "giving my dog to my neighbour, wont be able to look after him after friday"
    r"(wont|will not|not going to|no longer) be (able to |around to )?(look after|take care of|care for|feed|"
    r"walk) (him|her|them|it|my <PET>) (after|past|beyond) "
    r"(today|tonight|tomorrow|this (week|weekend)|\w+day)(?= *($|[^\w ]))",
    r"(affairs|everything else|all my affairs|paperwork and all) (are |is )?in order"
    r"(?! (for (the|my) (trip|move|visit|flight|taxes|appointment)))",
    r"(put|putting|got|getting|set|setting) (my )?(affairs|house) in order",
    r"(sorted|arranged|in order|taken care of|ready|paid|settled|done) (for|before) (after|afterwards|"
    r"when im gone)(?= *($|[^\w ]))",
    r"(wrote|written|writing|decided|deciding|listed|list) (out |down )?who (gets|should get|"
    r"will get|can have) "
    r"(what|my \w+)",
    # a will, instructions or letters for after: "the letter i have left for him, for afterwards"
    r"(letter|letters|note|notes|instructions) (\w+ ){0,6}(for (after|afterwards)|for whoever finds|"
    r"(for|to) (read|open) (after|when im gone))",
    r"(explain|explaining|say|tell (\w+ )?) why (i (did it|had to do it|had to go)|im gone)|"
    r"(youll|you will|they will|"
    r"theyll) understand why",
    # a funeral of one's own: "i keep imagining my own funeral", "paid for my funeral, it will not be long"
    r"(imagin\w*|pictur\w*|dream\w*|think\w* (about|of)|plann\w*|paid for|pay for|arrang\w*|chose|choosing) "
    r"(\w+ ){0,3}my (own )?funeral",
    r"(wont|will not) be long now",
    r"(bye|goodbye|farewell)s? to (everyone|everybody|all|yall|the world|you all)",
    r"(sorry for|sorry im|sorry to be) (being )?(such )?a burden|(sorry|apologize) i let (everyone|"
    r"you all) down",
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

# --- urgent: distress and help-seeking in plain words ---------------------------------------------
DISTRESS = (
    r"(hard|rough|tough) time (coping|dealing|holding on|with everything|keeping it together)",
    r"(worst|shittiest|hardest) (day|night|week|month|time)( ever| of my life)?",
    r"(dont|do not) know what to do( anymore| with myself)?|(at|reached) (my|the) (limit|end of my rope)",
    r"everything (sucks|is shit|is falling apart|is (going )?wrong|goes wrong|hurts)|life sucks|"
    r"i hate (it|this|everything)|(my )?(head|life|mind|brain) is (a )?(mess|wreck|disaster|dark)",
    r"(cant|cannot) (stop|quit) (crying|shaking|panicking|thinking about it)|crying (all|every)",
    r"(so|really|very|super|too) (stressed|overwhelmed|anxious|upset|depressed)|cant calm down",
    r"(need|want) (someone|somebody|a person|to talk)|(please )?(check on|reach out to) me|urgent(ly)?",
    # "i dont know how much longer i can keep going like this", "my thoughts are racing and dark"
    r"(dont know|not sure) how (much )?(longer|long) i can (keep going|go on|do this|hold on|take (it|this))|"
    r"(thoughts|mind|head) (are|is) (racing|dark|spinning|scary)|better off without my \w+",
    r"(dont|cant|never) see (things|it|anything|life) (ever )?(getting|get) better|"
    r"wish i could (just )?sleep for (a|\w+) (week|month|year)s?|(nobody|no one) (was|is) (there|here)",
    r"no tengo ganas de nada|todo me da igual|sin esperanza|(me siento )?atrapad[oa]",
    r"(im|feel|feeling) (so |really |very |completely )?(lost|broken|trapped|stuck|defeated|miserable)",
)
