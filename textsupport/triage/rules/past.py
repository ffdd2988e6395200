"""The past told as past (DOMAIN section 3's false alarms): times gone by, anniversaries, recovery
milestones, and the words that bring a reply back to now.

Same conventions as `triage.rules.common`: regexes over normalised text, or sets of its words.
"""

from __future__ import annotations

from textsupport.triage.rules.common import words

PAST = (
    r"\b((\d+|a few|few|several|many|couple( of)?|two|three|four|five|six|seven|eight|nine|ten|twenty) "
    r"(years|yrs|months) ago|years ago|long time ago|"
    r"(a|one) (year|month) ago|"
    r"when i was (a )?(kid|teen|teenager|younger|little|\d+)|in (high school|my teens|the past)|"
    r"used to|last year|back in (the day|\d{4}|high school)|as a (kid|teen|teenager)|in \d{4}|"
    # a month or season gone by: "back in march", "back in the winter" ("last spring" is not enough alone:
    # "my husband passed last spring and i see no reason to carry on" speaks of now)
    r"back in (january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec|spring|summer|fall|autumn|winter|"
    r"the (spring|summer|fall|autumn|winter))|"
    # a time of life now over: "back when i was using", "in my drinking days"
    # ... but not a call asked for: "call me back when you can"
    r"(?<!\bme )(?<!\bus )(?<!\bit )(?<!\bthem )back when|back then|"
    r"(from|in) (19|20)\d\d|(my|an|the|that) old (goodbye |suicide |farewell )?"
    r"(letters?|notes?)|"
    r"when i was (still )?(using|drinking|on the streets|at my worst|in (rehab|treatment|detox))|"
    r"in my (using|drinking|partying) days|(\d+|a few|few|several|couple( of)?) weeks ago|"
    r"hace (\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|unos|varios|"
    r"muchos|pocos|algunos) (anos|meses|ano|mes|semanas)|cuando era (nin[oa]|joven|"
    r"adolescente)|"
    r"(il )?y a (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) (ans|mois|an|"
    r"semaines)|quand j etais (petite?|jeune|ado\w*)|"
    # time since, told with a past tense: "ca fait un an aujourd hui que j ai fait ma surdose", "hace dos
    # anos que intente" (not "ca fait un an que je veux mourir": that goes on now)
    r"ca fait (\d+|un|une|deux|trois|quatre|cinq|six|dix|quelques|plusieurs) (ans?|mois|semaines) "
    r"(aujourd hui )?(que |qu )(j ai|j avais|je me suis|je l ai)|"
    r"hace (\d+|un|una|dos|tres|cuatro|cinco|seis|diez) (anos?|mes|meses|semanas) (hoy )?que "
    r"(intente|me tome|me corte|tome|trate)|"
    # a season gone by, told with what one had or did then: "last winter i had a rope in my closet"
    r"last (winter|summer|spring|fall|autumn) i (had|was|tried|used|did|wanted|kept)|"
    # a time recalled: "telling my group about the time i odd at 19"
    r"(about|remember|recall\w*|like) the time (when )?i|"
    # Tagalog "dati" (before, formerly) and "noong (isang) taon"; Arabic "قبل سنتين" (two years ago)
    r"dati|noong (isang )?(taon|bata)|"
    # Russian and Ukrainian "год назад", "два роки тому" (a year, two years ago); Punjabi and Hindi in Latin
    # letters "pichhle saal" (last year); a year in two digits, "back in 09"
    r"(\d+ |один |два |три |пять |несколько )?(год|года|лет|месяц\w*) назад|"
    r"(\d+ |два |три |п ?ять )?(рік|роки|років|місяц\w*) тому|"
    r"(pichhle|pichle|pichhli|pichli|pishle) (saal|sal|mahine|mahina|baar)|"
    r"back in (19|20)?\d\d|(قبل|من) (\S+ )?(سنة|سنتين|سنين|سنوات|شهر|شهرين|اشهر|أشهر|ست سنوات)|"
    r"(el|la) (ano|semana|mes) pasad[oa]|l (an|annee) (passee?|derniere?)|le mois (passe|dernier)|"
    r"hace (mucho )?tiempo|back then|at that time|(when|after|the day) i was (first |last )?(admitted|"
    r"hospitali[sz]ed|sectioned|discharged)|"
    # the past perfect, told as the past: "i had cut myself pretty badly" (not "i had to")
    r"i had (already |once |badly |really )?(cut|hurt|burned|burnt|harmed|overdosed|tried|attempted|taken|"
    r"swallowed)|id (already |once )?(tried|attempted|overdosed|swallowed)|"
    # time counted since the last time: "a year since i last cut", "90 days since my last drink"
    r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|hundred) (\w+ )?(days?|weeks?|"
    r"months?|years?) since (i|my) last|"
    r"since (i|my) last (cut|drink|drank|used|relapse|attempt|overdose|harmed|self harmed|time)|"
    # an anniversary: "3 yrs since my overdose today", "two years since my attempt"
    r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (years?|yrs?|months?|mos?) since (i|my) "
    r"(last |first )?(overdose|overdosed|od|attempt|attempted|suicide attempt)( today)?|"
    # ... told with today first: "one year today since i tried to end it", "the overdose i had in 2019"
    r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (years?|yrs?|months?) (today )?since i "
    r"(tried|attempted|overdosed|took|cut|swallowed)|(the|my) (overdose|od|attempt|suicide attempt) i (had|"
    r"made|did) (in|back in) (19|20)\d\d|"
    # a visit back to where it happened: "the last time i was on that ward, i had ..."
    r"(the )?last time i was (there|here|on (that|the) (ward|unit)|in (that|the) (hospital|unit|ward|er)))\b"
)
# the day an anniversary falls on is no present: "3 yrs since my overdose today" (blanked before PRESENT)
ANNIVERSARY_TODAY = (
    r"\b(years?|yrs?|months?|mos?) since (i|my) (last |first )?(overdose|overdosed|od|attempt|attempted|"
    r"suicide attempt) today\b"
    # "one year today since i tried", "the overdose i had in 2019 today"
    r"|\b(years?|yrs?|months?) today since i\b|\b(19|20)\d\d today\b"
)
# a recovery milestone named right before the phrase it counts from ("two years clean from [self harm]
# today", "90 days off [cutting]") or around it ("one year [self harm] free"): the past told as past
MILESTONE_TIME = (
    r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety|a hundred|"
    r"hundred) (whole |full )?(days?|weeks?|months?|years?|yrs?|mos?|mths?|wks?)"
)
MILESTONE_BEFORE = (
    rf"\b{MILESTONE_TIME} (now )?(clean|free|sober|off) (from|of)? ?((my|the|any) )?$|"
    rf"\b{MILESTONE_TIME} (now )?without (any )?$"
)
MILESTONE_BEFORE_FREE = rf"\b{MILESTONE_TIME} (now )?$"
MILESTONE_AFTER_FREE = r"[ -]?free\b"
# a sentence that opens with nothing but a time gone by: "two years ago today, [i overdosed]"
PAST_LEAD = (
    rf"[\W_]*((about|almost|nearly|exactly|like) )?{PAST}( (today|aujourd hui|hoy|exactly|exactement))?[\W_]*"
)
# a denial after the phrase: "[hurting myself] isnt something id do", "[ending it] has never crossed my mind"
NO_LONGER = words("now ahora ya no not anymore any more longer plus maintenant nunca mas jamais")
PRESENT = (  # cancels PAST ("but not anymore" says the past is over: it does not)
    r"\b(again|now|(?<!ago )tonight|(?<!ago )today|right now|(?<!not )(?<!no )anymore|lately|these days|"
    r"still|"
    r"otra vez|de nuevo|ahora mismo|esta noche|encore|ce soir|maintenant|en ce moment)\b"
)
