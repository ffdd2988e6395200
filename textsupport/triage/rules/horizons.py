"""Crisis wording of one's own that rounds 20 and 21 found the rules could not read, by category of DOMAIN
section 3: intent with a time on it ("won't be around for ... anyway", "this is my last week"), a plan
worked out before a date, a lethality question put "hypothetically", ambivalence that does not rule it out
("I keep saying yes but I don't know", "not that I won't ... just not today"), and the core expressions of
a plan, an overdose or intent to die in Cantonese, Mandarin, Levantine Arabic and Arabizi, Bengali and
Spanish.

Each phrase is a plain, common way of saying it, written by meaning, not copied from replies; denied forms
are kept out ("唔會做傻事", "ما بدي موت"). Same conventions as `triage.rules.neighbours`.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule

# intent with a time on it: "won't be around for christmas anyway", "this is my last week", "after tonight
# you won't have to worry about me"
TIMED_INTENT = (
    r"(wont|will not|im not gonna|i m not going to|not going to) be (around|here|alive) (\w+ ){0,4}anyway|"
    r"(wont|will not) be alive (for|by|to see|on|at)|"
    r"(this is|this will be|this ll be|this s|its|it s|pretty sure (this is|its|it s)) (probably |prob |"
    r"gonna be |going to be )?my last (week|day|night|weekend|month|christmas|birthday|summer)"
    r"(?! (at|of|on|in|before|here|with|working|off|as|for (the|my) (job|shift|course)))|"
    r"after (tonight|today|this weekend|tomorrow|friday|saturday|sunday)\W+(\w+\W+){0,4}(you|u|nobody|no one|"
    r"anyone) (wont|will not|will never|dont|do not) (have|need) to (worry|deal|bother)",
)
# worth more dead, told as a consolation: "my family will get the insurance money at least"
WORTH_MORE_DEAD = (
    r"(family|kids|children|wife|husband|mom|mum|parents|they|she|he) (will|ll|would|d|can|could) (get|have|"
    r"collect|be left) (the |my )?(life )?insurance( money| payout| cheque| check)?\b(\W+\w+){0,3}\W+"
    r"(at least|anyway|then)\b",
)
# a plan worked out, with a date or someone told: "figured out how i ll do it before then"
PLAN_WORKED_OUT = (
    r"(worked|figured|thought|sorted) out (how|when|where) (ill|i ll|i will|im gonna|im going to|i am going "
    r"to|i d|id) (do it|end it|go|finish it)\b(\W+\w+){0,3}\W+(before|by|tonight|on|after)\b|"
    r"(worked|figured|thought|sorted) out (how|when|where) (ill|i ll|i will|im gonna|im going to) (do it|end "
    r"it)\W+(\w+\W+){0,3}(so|just so) (somebody|someone|some one|one person) knows",
)
# a lethality question framed hypothetically: "hypothetically, if someone took a whole bottle of ... would
# it be quick?"
LETHAL_IF = (
    r"(if|what if|say) (someone|somebody|a person|one|you|u|i|a guy|a girl|some1) (took|takes|take|swallowed|"
    r"swallows|downed|drank) (all|a whole|the whole|an entire|too many|a bottle of|a box of|a month of|"
    r"\d+)\b(\W+\w+){0,6}\W+(would|will|could|is|does|do) (it|they|that|he|she|you|u|one|someone) (be )?"
    r"(quick|fast|painless|fatal|lethal|deadly|kill|die|work|enough|peaceful)",
)
# ambivalence that does not rule it out: "i keep saying yes because its easier but honestly i dont know",
# "not that i wont ... just not today", "no es que no lo vaya a hacer", "solo que hoy todavia no"
AMBIVALENT = (
    r"(keep|kept|always) (saying |say |telling (\w+ ){0,3})(yes|im safe|i m safe|im fine|im ok|i am safe)\b"
    r"(\W+\w+){0,10}\W+(but|though|tho) (\w+ ){0,6}(i dont know|i don t know|idk|im not sure|i m not sure|"
    r"i am not sure|i really dont know)|"
    r"not that i (wont|will not|wouldnt|would not|m not going to)\b(\W+\w+){0,6}\W+(just )?not (today|"
    r"tonight|yet)|"
    r"no es que no (lo )?(vaya|valla|voy|quiera) a (hacer|hacerlo|matarme|intentar)|"
    r"(solo|nomas|nada mas) que (hoy|esta noche) (todavia|aun) no|"
    # Bengali: "জানি না আজ রাতে নিজেকে সামলাতে পারব কিনা" (don't know if I can hold myself tonight)
    r"(জানি না|জানিনা) (\S+ ){0,4}(সামলাতে|বাঁচতে|টিকতে|ধরে রাখতে) পারব (কিনা|কি না)",
)
# intent to die, a plan or an overdose, in Bengali, Levantine Arabic and Arabizi, Cantonese and Mandarin
CORE = (
    # Bengali: "মরে যেতে চাই" (I want to die), "আত্মহত্যা করব" (I'll kill myself), "মরার চিন্তা ... যাচ্ছে না"
    r"মরে যেতে চাই|আত্মহত্যা (করব|করবো|করতে চাই)|নিজেকে শেষ করে (দেব|দেবো|দিতে চাই|ফেলব)|"
    r"মরার (চিন্তা|ইচ্ছা)\S* (\S+ ){0,3}(যাচ্ছে না|যায় না|ছাড়ছে না)|"
    # Levantine Arabic: "بدي موت" (I want to die), not "ما بدي موت"
    r"(?<!ما )(?<!مش )(بدي|بدّي|ودي) (ا)?موت|"
    # Arabic: the whole box or all the medicine drunk or swallowed: "شربت كل علبة الدوا"
    r"(شربت|اخدت|أخدت|بلعت|اكلت|أكلت|خذيت|اخذت|أخذت) (كل|كلّ) (علبة|علب|الحبوب|حبوب|الدوا|الدواء|ظرف|"
    r"شريط|باكيت)|"
    # Arabic and Arabizi: cut oneself, the blood won't stop: "jara7t 7ali", "el dam ma 3am ye2af"
    r"(jara7t|jra7t|jare7t|jara7et) (7ali|hali|nafsi|7alé)|جرحت (حالي|نفسي)|"
    r"(el |l |al )?dam (ma|mish|msh|mesh) (3am |3m )?(ye2af|yw2af|yo2af|bi2af|wa2ef|yu2af)|"
    r"الدم (ما|مش) (عم )?(يوقف|بيوقف|واقف)|"
    # Cantonese and Mandarin: "做傻事" (do something stupid: the common euphemism), a whole strip of pills
    # eaten, a plan with a time and no more burden ("今晚之後就唔使再煩住大家")
    r"(?<!唔)(?<!不)(?<!咪)(?<!別)(?<!别)(會唔會|会不会|會|会|想|要|可能|打算)做傻事|"
    r"(食咗|吃了|吞咗|吞了|食晒|吃光了|吃掉了)(成|整|一)(板|盒|樽|瓶|排|袋|包)(藥|药)|"
    r"(今晚|今夜|聽日|听日|明天|明晚|今天|今日)(之後|之后|以後|以后)[^。.!?]{0,4}(唔使|不用|不会|不會|唔會)再"
    r"(煩|烦|麻煩|麻烦|拖累)",
)
# charcoal bought and an end or an apology beside it (Mandarin, Cantonese): "买好了炭 ... 结束吧 ... 对不起"
CHARCOAL = (
    r"(买好|買好|买了|買了|准备好|準備好|備好|备好)了?[^。.!?]{0,2}(炭|木炭)|(烧炭|燒炭)",
    r"(今晚|今夜|聽晚|今日|今天|明天)就?(结束|結束|了结|了結)|对不起|對不起|對唔住|对唔住|永别|永別",
)

# fmt: off
HORIZONS = (
    Rule("intent with a time on it", "crisis",
         tuple(folded_pattern(p) for p in TIMED_INTENT), other=None),
    Rule("worth more dead: the insurance for the family", "crisis",
         tuple(folded_pattern(p) for p in WORTH_MORE_DEAD), other=None),
    Rule("a plan worked out, with a date", "crisis",
         tuple(folded_pattern(p) for p in PLAN_WORKED_OUT), other=None),
    Rule("a question about lethality: if someone took all of it", "crisis",
         tuple(folded_pattern(p) for p in LETHAL_IF), other="crisis"),
    Rule("ambivalence: saying yes, not knowing", "crisis",
         tuple(folded_pattern(p) for p in AMBIVALENT), other=None),
    Rule("more languages: intent, a plan or an overdose", "crisis",
         tuple(folded_pattern(p) for p in CORE), other="urgent"),
    Rule("charcoal and an end", "crisis",
         tuple(folded_pattern(p) for p in CHARCOAL), other=None, needs=2),
)
# fmt: on
