"""Rewrites for triage, applied in order before any rule reads the text: SMS shorthand, spelled-out
negatives joined into one token, dropped g's, and misspellings of the words that matter most.

Each is (regex, replacement) over folded text, matched as whole words (`triage.classifier.normalise`);
the misspellings found one edit away live in `rules.typos`.
"""

from __future__ import annotations

# --- rewrites before matching: (regex, replacement), applied in order ---------------------------------
VARIANTS = (
    # SMS shorthand
    (r"wanna|wana|wanan", "want to"),
    (r"gonna|finna|gona", "going to"),
    (r"gotta", "got to"),
    (r"tryna", "trying to"),
    # "n" for "and" before an English word (French n' stands before a verb: "n a", "n est", "n y")
    (r"n (his|her|their|my|the|then|now|he|she|they|we|its|im|ill|hes|shes|theyre)", r"and \1"),
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
    (r"good bye|goodby", "goodbye"),
    # a way of speaking, not a negation, and no hole for the model: "not gonna lie ive been planning how" ->
    # "ngl ive been ..." (`rules.fallback.ROUTINE` reads "ngl" as the ordinary register it is)
    (r"(im )?not (going to|gonna) lie", "ngl"),
    (r"(at )?(the )?(end|edge) of (my|the|his|her|our) (rope|tether)", "at my limit"),  # no ligature
    # "never been the type to" -> "would never": the negation reaches the act it names
    (
        r"(ive |i have |im |i am |i was )?(never|not|never really) (been )?(the|a|one) ?(type|kind|sort|one)"
        r"( of (person|guy|girl))? (to|who would)",
        "i would never",
    ),
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
