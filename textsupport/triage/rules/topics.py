"""What our last text asked: the TOPIC a question is sorted into, by its wording.

DOMAIN section 3: "no" is routine after "did the text come through?" and crisis after a staff member's
"are you safe right now?". Topics are regexes over normalised text (see `rules.common`), searched in our
text and tried in order: the first that matches is the question's topic; a question that matches none
is about LOGISTICS. How a reply answers each topic is in `rules.answers`.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern

_PERSON = (
    r"(the person|he|she|they|your (friend|brother|sister|roommate|mom|mum|dad|partner|son|daughter|husband|"
    r"wife|kid|kids|child|neighbou?r|bf|gf|boyfriend|girlfriend))"
)
_MEANS = (
    r"(pills|meds|tablets|gun|rifle|firearm|rope|knife|blade|razor|weapon|medication|pastillas|arma|pilules|"
    r"cuchillo|navaja|pistola|soga|cuerda|medicinas|couteau|fusil|corde|lame|medicaments)"
)
_MEDICINE = (
    r"(meds|medications?|medicines?|prescriptions?|pills|tablets|lithium|clozapine|insulin|puffers?|"
    r"inhalers?|"
    r"medicaments|medicamentos)"
)
PLACE_OF_RISK = "a place of risk"
MEANS_GIVEN_UP = "a means given up"
LAST_DOSE = "the last dose"
TOPICS = (
    # another person's safety: "is the person you mentioned safe right now?"
    (
        "someone else's safety",
        rf"\b(is|are) {_PERSON}( you (mentioned|told us about|talked about))? (\w+ ){{0,2}}"
        r"(safe|ok|okay|alright|reachable|answering)\b|"
        r"\besta (el|ella|tu \w+) (bien|a salvo)\b|\b(est il|est elle) en securite\b|"
        # ... not alone: "is your friend with someone right now?", "is anyone with her?"
        rf"\b(is|are) {_PERSON} with (someone|somebody|anyone|anybody|people|family)\b|"
        r"\b(is|are) (someone|somebody|anyone|anybody) with (him|her|them)\b",
    ),
    # days the medicine was taken, a number asked for: "how many days this week did you take your medication
    # as prescribed? reply 0-7" (a survey of adherence: all or most days is routine, none or one urgent)
    (
        "days medicine taken",
        rf"\bhow many days\b[^?]*\b(take|took|taken|miss|missed)\b[^?]*\b{_MEDICINE}\b",
    ),
    # the last dose of a medicine: "when did you last take your lithium?" ("a week ago" is essential
    # medicine stopped: urgent; "this morning" routine)
    (LAST_DOSE, rf"\bwhen (did|have) (you|u) (last )?(take|took|taken|had)\b[^?]*\b{_MEDICINE}\b"),
    # voices: "are the voices telling you to hurt anyone?"
    ("voices", r"\b(voices?|voix|voces)\b"),
    # running low on essential medicine: "are you running low on any of your medications?" (yes is urgent)
    (
        "running low on medication",
        rf"\b(running|run|ran|getting|get) (low|out|short)\b[^?]*\b{_MEDICINE}\b|\b(low|short) on\b[^?]*"
        rf"\b{_MEDICINE}\b",
    ),
    # enough medicine to last: "do you have enough of your medications to last until the 14th?" (no is urgent)
    (
        "medication",
        rf"\b(enough|supply|refill\w*|last (you )?(until|till|through|to))\b[^?]*\b{_MEDICINE}\b|"
        rf"\b{_MEDICINE}\b[^?]*\b(enough|supply|to last|left (until|till|for))\b",
    ),
    # one's own safety from hurting oneself, asked before the thoughts its words name: "are you safe from
    # hurting yourself right now?" ("no" is crisis)
    ("safety", r"\b(are|r) (you|u) (\w+ ){0,2}safe from (hurting|harming|killing|acting)\b"),
    # the means: "do you still have the pills you mentioned with you?", "¿tienes las pastillas contigo?"
    (
        "means",
        rf"\b(have|got|holding|keep|kept|with you|near you|at home|tienes|tiene|contigo|cerca de ti|"
        rf"as tu|avez vous|avec toi|sur toi)\b[^?]*\b{_MEANS}\b|"
        # the means unnamed: "is there anything near you that you could use to hurt yourself?"
        r"\b(anything|something|things?)\b[^?]*\b(use|used) to (hurt|harm|kill|end|cut)\b|"
        rf"\b{_MEANS}\b[^?]*\b(still|with you|nearby|near you|at home|left|around)\b|"
        # a means bought or still held: "did you buy charcoal today?", "tu as encore les comprimes?"
        r"\b(buy|bought|get|got|pick up|picked up|purchase\w*)\b[^?]*\b(charcoal|rope|gun|rifle|shotgun|ammo|"
        r"bullets|shells|noose|hose|pesticide|antifreeze|poison|razor blades|carbon monoxide)\b|"
        rf"\b(tu as|t as|vous avez|tenes|tienes) (encore|todavia|aun) (\w+ ){{0,2}}({_MEANS}|comprim"
        rf"es|cachets)\b",
    ),
    # a means given up: "did you get rid of the extra pills like we talked about?" ("no", or "still got em",
    # is a means still held: crisis)
    (
        MEANS_GIVEN_UP,
        rf"\b(get|got|gotten|getting) rid of|(throw|threw|thrown|toss|tossed|give|gave|given|hand|handed|"
        rf"drop|dropped|lock|locked|bring|brought|take|took|taken) (them |it |those |the \w+ )?(out|"
        rf"away|back|"
        rf"in|over|off|up)\b[^?]*\b{_MEANS}\b|\b(dispose\w*|flush\w*|return\w*)\b[^?]*\b{_MEANS}\b|"
        rf"\b(give|gave|given|hand|handed|bring|brought|take|took|taken) (the |your |those |that |them )?"
        rf"(extra |spare |old )?{_MEANS} (\w+ )?(to|over to|away)\b|"
        # ... or put out of reach while we talk: "can you put the pills in another room?"
        rf"\b(put|move|leave|place|mettre|mets|mettez|poner|pon|pongas|dejar|deja) (the |your |those |"
        rf"that |them |"
        rf"all |les |tes |vos |las |tus )?(\w+ )?{_MEANS} (in|into|to|dans|en) (another|a different|"
        rf"the other|an "
        rf"other|une autre|un autre|otro|otra) (room|place|spot|piece|endroit|cuarto|lugar|habitacion)\b",
    ),
    # where one is, after a place of risk we recalled: "you mentioned the bridge. where are you now?"
    (
        PLACE_OF_RISK,
        r"\b(bridge|ledge|roof|rooftop|overpass|cliff|parkade|tracks|river|edge|balcony|pont|toit|puente)\b"
        r"[^?]*\b(where are (you|u)|ou es tu|ou etes vous|donde estas)\b",
    ),
    # a promise not to act, whatever it names: "can you promise you won't act on those thoughts tonight?"
    # ("no" refuses it: crisis, section 3)
    (
        "safety",
        r"\b(promise|agree|commit|swear)\b[^?]*\b(wont|will not|not to|youll not|you wont) (\w+ )?(act on|"
        r"hurt|harm|kill|cut|do (anything|it|something)|use (them|it|the|those|any)|take (them|any|the|"
        r"those))\b",
    ),
    # thoughts of suicide or self-harm: "are you having thoughts of ending your life?"
    (
        "thoughts of suicide or self-harm",
        r"\b((thoughts|thinking|think|thought|urges?|plans?|planning) (of|about|to) (ending|end|hurting|hurt|"
        r"killing|kill|harming|harm|suicide|taking your|dying|cutting|not being here)|"
        r"(hurt|hurting|harm|harming|kill|killing|cut|cutting) yourself|suicid\w*|end(ing)? your life|"
        r"want(ing)? to die|self harm|pensees (suicidaires|noires)|(te|vous) faire du mal|"
        r"(vous|te) (suicider|tuer|blesser)|(pensez|penses|pense) (vous |tu )?a (mourir|en finir)|"
        r"(hacerte|hacer) dano|"
        # the questionnaire's item on death: "thoughts that you would be better off dead"
        r"better off dead|mieux vaudrait (etre mort|mourir)|(estarias?|estaria) mejor muert[oa]|"
        # an overdose in other words: "are you thinking about taking more of your pills?"
        r"(thinking|thoughts|thought|think|urges?|tempted|plans?|planning) (of|about|to) (taking|take|"
        r"swallowing|swallow|using|use) (more|extra|all|too (many|much)|a lot|the rest|the whole|a bunch)|"
        r"(take|taking) more than (prescribed|you should)|overdos\w*|"
        r"quitarte la vida|te (suicider|tuer)|matarte|"
        # the plan, the method or the moment: "do you have a plan for how you would do it?", "you mentioned
        # a plan. is it still on your mind?"
        r"(a |any )?plans? (for how|for when|of how|to do it)|"
        r"(mentioned|told us about|talked about|spoke about|wrote about|said you had) (a |your |the )plan\b|"
        r"(how|when|where) (you would|youd|you d|you will|you might|you plan to|you want to) do it|"
        r"(thought about|decided|know) (how|when|where) (you|to)\b|"
        # how likely one is to act on them, how strong the urges are: "how likely is it that youll act on
        # these thoughts tonight?", "how strong are the urges right now, 0 to 10?"
        r"act on (these|those|the|your|them|it|any)|(how|hw) (likely|strong|intense|bad|loud|close)\b[^?]*"
        r"\b(urges?|thoughts|impulses?|act on))\b",
    ),
    # something taken: "did you take anything?", "how many did you take?"
    (
        "something taken",
        r"\b((did|have|has) (you|u) (take|taken|swallow\w*|use|used) "
        r"(anything|something|any(thing)? else|more|extra|too (much|many))|"
        r"what (did|have) (you|u) (take|taken|swallow\w*)|"
        r"how (many|much) (\w+ )?(did|have) (you|u) (take|taken|swallow\w*)|"
        # the saved means taken: "have you taken any of them?", "did you take some of those?"
        r"(did|have|has) (you|u) (take|taken|swallow\w*|use|used) (any|some|all|one|a few)( of)? "
        r"(them|those|these|it|the \w+|your \w+)|"
        r"(tomaste|tomado) algo|(as|avez) (tu|vous) pris quelque chose)\b",
    ),
    # one's own safety: "are you safe right now?", "can you keep yourself safe until tomorrow?"
    (
        "safety",
        r"\b((are|r) (you|u) (\w+ ){0,2}safe|how safe|(keep|keeping) yourself safe|"
        r"(stay|be|feel|feeling|staying) safe|safe (right now|tonight|now|today)|in danger|en securite|"
        r"a salvo|seguro|segura|estas bien|ca va aller|"
        # a safety plan: "can you promise to call 988 if things get worse?", "will you use your safety plan?"
        r"safety plan|crisis plan|plan de (securite|seguridad)|"
        r"(promise|agree|commit) (me |us )?(to|that|youll|you will|you would)|"
        r"(call|text|reach out to|contact|phone) (988|911|the crisis line|a crisis line|the distress line|us|"
        r"someone)\b[^?]*\b(if|when) (things|it|you|the (thoughts|urges))\b|"
        r"(prometes|promets|prometer|promettre))\b|"
        # in Chinese and Korean: "你现在安全吗?", "지금 안전하세요?"
        r"安全吗|安不安全|安全嗎|" + folded_pattern(r"안전(하세요|한가요|해요|하니|하신가요)") + "|"
        # ... Tagalog, Vietnamese, Portuguese, Polish, Somali, Ukrainian, Russian, Arabic, Persian: "ligtas ka
        # ba?", "bạn có an toàn không?", "você está em segurança?", "czy jesteś bezpieczna?", "ma nabad
        # baad tahay?", "ти в безпеці?", "هل أنت بأمان؟", "الان در امانی؟"
        r"ligtas (ka|po|kayo)|an toan|em seguranca|bezpieczn\w*|nabad (ma |baad |miyaad )?\w*|"
        + folded_pattern(r"в безпеці|в безопасности|بأمان|بامان|در امان\S*|امن هستی"),
    ),
    # how one is coping: "how are you coping since you got home?" ("not great" is distress, section 3)
    ("coping", r"\b(coping|holding up)\b"),
    # a roof in the cold: "do you have somewhere warm to stay?"
    (
        "shelter",
        r"\b(somewhere|some place|a place|anywhere) (warm|to (stay|sleep|go))|place to (stay|sleep)|"
        r"shelter|warm (tonight|enough)|roof over\b|"
        # where one sleeps tonight: "where are you sleeping tonight? it's supposed to hit -35"
        r"\bwhere (are|r|will) (you|u) (be )?(sleeping|staying|sleep|stay)\b|\bou (vas tu|allez vous) "
        r"dormir\b|\bdonde (vas a|va a) dormir\b",
    ),
    # contact offered: "would you like your peer worker to call you?" (yes is asking for contact soon)
    (
        "an offer of contact",
        r"\b(would you like|do you want|want (me|us|someone|them|him|her)|like (me|us|someone|them|him|her)|"
        r"shall (i|we)|should (i|we|someone))\b[^?]*\b(call|phone|ring|talk|chat|visit|reach out|check in|"
        r"meet|get in touch|come by)\b|"
        # ... asked as whether it would help: "would a call from your peer worker today help?"
        r"\b(would|could|might) (a|an) (call|phone call|visit|chat|check in)\b[^?]*\bhelp\b",
    ),
    # essential medicine: "were you able to get your lithium refilled?"
    (
        "medication",
        r"\b(refill\w*|meds|medications?|medicines?|lithium|clozapine|insulin|prescriptions?|pills|tablets|"
        r"pharmacy|dose)\b",
    ),
)
# ... any other question ("did the survey link work?", "could you make tuesday at 10?"): logistics
QUESTION = (
    r"\?|\breply (with )?\d\b|\b(reply|let us know|text (us|back)|repondez|responda) (if|when|with|to|si)\b|"
    r"\b(do|did|can|could|would|will|are|is|have) you\b"
)
LOGISTICS = "logistics"
