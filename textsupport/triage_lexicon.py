"""Lexicons for triage: rewrites (VARIANTS), finality, farewells, distress and the low-mood fallback.

Written as categories rather than as copies of labelled replies, so that unseen wordings of the same
idea are caught. Same conventions as `textsupport.triage_rules`: short regexes over normalised text,
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
    (r"w /|w", "with"),
    (r"alot", "a lot"),
    (r"any more", "anymore"),
    (r"(?<!a )bout|abt", "about"),  # not French "a bout" (at the end of one's rope)
    (r"good bye", "goodbye"),
    # spelled-out negatives and "i am" -> one token each
    (r"i am|i m", "im"),
    (r"can not|cannot", "cant"),
    (r"do not", "dont"),
    (r"does not", "doesnt"),
    (r"did not", "didnt"),
    (r"will not", "wont"),
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
)
# ... and not being around any more ("ill be gone by morning", "fine without me")
GONE = (
    r"(ill|i will|im going to) be gone(?! (for|till|until|this|on|all|from|a|the|\d))",
    r"(dont|cant) see myself (being )?(here|around|alive) (next|by|in|after|much longer|for)",
    r"(everyone|everybody|they|you|yall|the world|my family|my kids|all) (will|would|d|ll) be "
    r"(fine|ok|okay|better|happier|good) without me",
    r"(world|everyone|life) (is |would be |will be )?(better|easier) without me",
    r"(wont|not going to) (be here|make it) (much longer|for long|by|next)",
    r"im (so )?ready to go(?= *[.!]*$)|(its|it is) (my )?time to go(?= *[.!]*$)",
)
# farewell cues strong enough alone ("please take care of my cat", "this is my last message")
FAREWELL_ALONE = (
    r"(please )?take care of my (kids|cat|cats|dog|dogs|pets?|babies|children|plants)(?! (this|next|while|"
    r"when|until|till|tomorrow|for (the|a|\d|two|few)|on|over))( for me)?(?= *($|[^\w ]|when|after|now))",
    r"(my |this is my |this is the )last (message|text|time (ill|i will) (text|message|write))",
    r"(bye|goodbye) (forever|for good|for the last time)|(my|one) last goodbye",
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
    r"(im|feel|feeling) (so |really |very |completely )?(lost|broken|trapped|stuck|defeated|miserable)",
)

# --- fallback: a negative feeling (not someone else's) with no positive cue is at least urgent ------
NEGATIVE = (
    r"sad|sadder|miserable|depressed|lost|empty|broken|hurting|awful|terrible|horrible|upset|crying|cried|"
    r"scared|afraid|anxious|stressed|exhausted|drained|numb|alone|lonely|worthless|hopeless|ashamed|"
    r"guilty|desperate|unbearable|suffering|panick\w*|struggl\w*|sucks|shitty|worse|worst|"
    r"triste|deprim\w*|angoiss\w*|sola|solo",
)
# ... positive or neutral cues that keep such a reply routine ("rough day but im ok now lol")
POSITIVE = (
    r"\b(lol|lmao|haha\w*|hehe|jk|thanks?|thank (you|u)|thx|ty|merci|gracias)\b|😂|🤣|😊|🙂|😀|😄|👍|❤",
    r"\b(im|feel|feeling|doing|all) (ok|okay|good|fine|great|better|alright|well)\b",
    r"\b(not (that|too|so) bad|no (big )?deal|ca va bien|estoy bien|all good)\b",
    r"\b(fine|ok|okay|good|better|alright) (now|again|today)\b",
    r"\b(game|movie|show|team|traffic|weather|parking|wifi|phone|match|episode|season)\b",
)
