"""Crisis wording about other people that rounds 22-25 found the rules could not read, by category of
DOMAIN section 3: harm to another person (a blow to the head, poison in a drink, a bullet, a fire set
to their home, waiting for them armed), voices commanding harm in Arabic and in Russian typed in Latin
letters, and someone else in danger now (outside a bridge railing, a gunshot next door, an armed man
with children in the house, a friend on a bridge or with rat poison who no longer answers).

Each phrase is a plain, common way of saying it, written by meaning for the category, not copied from
replies; a rule needs an intent with a target and a means or a time, as section 3 asks. Same conventions
as `triage.rules.common`; every rule here leads with 911.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.others import INTENT, JOKE, STORY, TARGET, WEAPON

_HIS = r"(his|her|their|that guys|that womans)"
# firearms by their calibre or make: "the 12 gauge", "my 30 06", "the glock"
FIREARM = (
    r"(\d+ gauge|twelve gauge|glock|9 ?mm|9 mil|30 06|30 30|ar 15|ar|22|308|45|38 special|deer rifle|"
    r"hunting rifle)"
)
# a harm to another told by what it does to them, in English and other languages
HARM_TOLD = (
    # a blow named by where it lands: "ill smash his head in", "gonna break her jaw"
    rf"{INTENT} (just |really |fucking )?(smash|bash|kick|cave|beat|punch|knock|stomp) {_HIS} "
    r"(head|face|skull|teeth) (in|off)|"
    rf"{INTENT} (just |really )?(break|snap|crack) {_HIS} (neck|jaw|legs?|arms?|skull|face)|"
    # a reckoning promised: "hes going to pay for what he said" (with a place or time, below)
    r"(hes|shes|theyre|he is|she is|they are) (going to|gonna) (pay|regret it|regret what)|"
    # poison in someone's food or drink: "putting bleach in his coffee", "slip rat poison in her tea"
    r"(put|putting|slip|slipping|spike|spiking|mix|mixing|pour|pouring) (some |the |a little )?(\w+ )?"
    r"(bleach|poison|antifreeze|drano|pills|meds|lye) (in|into) " + _HIS + r" (\w+ )?(coffee|tea|drink|"
    r"food|soup|beer|juice|water|dinner|lunch|bottle|cup|meal)|"
    # Spanish: "le voy a meter un tiro", "les voy a dar de punaladas"
    r"(le|les|la|lo) (voy|vamos|va) a (meter|dar|pegar|volar|sacar) (un |unos |dos |de )?(tiro|tiros|"
    r"balazo|balazos|plomazo|punaladas?|navajazo|cuchillada|cuchilladas|machetazo|la cabeza|los sesos)|"
    # a weapon to be used on someone: "im using the 12 gauge on him", "gonna take the bat to her"
    rf"(im|ill|i will|im going to|gonna|going to|about to) (use|using|empty|emptying|unload|unloading|take|"
    rf"taking) (the |my |a |this |dads |my dads )?({WEAPON}|{FIREARM}) (on|to) (him|her|them|{_HIS} \w+|"
    r"(my|that|the) (ex|stepdad|dad|neighbou?r|landlord|boss|roommate|brother|husband|wife|bf|gf))|"
    # Spanish, the person before the verb: "lo voy a apunalar", "la voy a matar"
    r"(lo|la|los|las|le|les) (voy|vamos|va) a (matar|apunalar|acuchillar|picar|balear|quemar|ahorcar|rajar|"
    r"golpear|ahogar|envenenar|madrear)|"
    # Russian typed in Latin letters: "ya ego ub'yu", "zarezhu ee"
    r"(ego|ee|eyo|yeyo|ikh|yogo|yiyi) (ub yu|ubyu|ubju|zarezhu|pristrelyu|prib yu|pribyu|vb yu|vbyu)|"
    r"(ub yu|ubyu|ubju|zarezhu|pristrelyu|prib yu|pribyu) (ego|ee|eyo|yeyo|ikh)|"
    # Ukrainian and Russian "я його вб'ю", "убью его", "зарежу её"
    r"(його|її|іх|їх|его|ее|её|их) (вб ю|уб ю|убью|вбью|заріжу|зарежу|приб ю|прибью|застрелю|порішу)|"
    r"(вб ю|убью|вбью|заріжу|зарежу|прибью|застрелю) (його|її|їх|его|ее|её|их)|"
    # Urdu, Hindi and Punjabi "I will kill him": "اس کو مار دوں گا", "उसे मार दूंगा", "usko maar dunga"
    r"(اس|اسے|اُس|ان) ?(کو )?(مار|قتل کر) (دوں|ڈالوں|دونگا|دوں گا)|"
    r"(उसको|उसे|उसकी|उन्हें|उनको) (मार|जान से मार) (दूंगा|दूँगा|दूंगी|डालूंगा|डालूँगा)|"
    r"(usko|usse|use|unko|ohnu|usnu|onu) (maar|mar|jaan se maar) (dunga|dungi|dalunga|daalunga|deyanga|"
    r"dena|devanga|dangi)|"
    # Arabic and Arabizi "I will kill him": "رح اقتله", "bukra ba2tlo"
    r"(اقتله|أقتله|اقتلها|أقتلها|بقتله|بقتلها|سأقتله|سأقتلها)|"
    r"(ba2tlo|ba2telo|ba2tola|ba2tolo|ba2tlha|ba2tela|bde2tlo|ra7 (2e2tlo|2ektlo|e2tlo|ektlo))|"
    # a fire set to someone's home: "ਉਹਦੇ ਘਰ ਨੂੰ ਅੱਗ ਲਾ ਦੇਣੀ", "उसके घर को आग लगा दूंगा", "uhde ghar nu aag"
    r"(ਉਹਦੇ|ਉਸਦੇ|ਓਹਦੇ|ਉਹਨਾਂ ਦੇ) (ਘਰ|ਗੱਡੀ|ਦੁਕਾਨ|ਕਾਰ)( ਨੂੰ)? ਅੱਗ|"
    r"(उसके|उनके|उसकी) (घर|गाड़ी|गाडी|दुकान)( को)? आग|"
    r"(uhde|ohde|usde|uske|unke) (ghar|gaddi|gaadi|dukaan|car)( nu| ko)? (aag|agg)"
)
# armed, on the way, for someone who wronged the texter: "the guy who robbed me ... ill be there with a bat"
ARMED_ARRIVAL = (
    rf"(ill|i will|im going to|gonna|going to) (be )?(there|waiting|outside|out front)( \w+){{0,4}} "
    rf"(with|w) (a |the |my |\w+s )?(\w+ )?({WEAPON}|hammers|bats)",
    r"(who|that|he|she|they) (jumped|hit|hurt|beat|robbed|attacked|assaulted|raped|stabbed|ripped off|"
    r"screwed|cheated|bullied) (me|my)|keeps (stealing|taking|hitting|bullying|threatening)|"
    rf"(for|after) what (he|she|they) (did|said)|(with|w) (a |the |my |\w+s )?(\w+ )?({WEAPON}|bats) for "
    rf"{TARGET}",
)
# the means or the time that make a threat crisis, and knowing where or when the target will be
MEANS_OR_TIME = (
    rf"{WEAPON}|hammers|bats|bleach|poison|antifreeze|petrol|gasoline|gas can|tonight|tomorrow|"
    r"(when|once|as soon as) (he|she|they) (gets|comes|get|come|leaves|is) (home|back|off|out)|"
    rf"(know|kno|knows) (where|when|what time) {TARGET} (\w+ ){{0,2}}(works|lives|parks|sleeps|leaves|"
    r"gets off|gets home|goes|hangs out|drinks|stays|will be|is)|"
    rf"(wait|waiting) (by|at|outside|near|for) {_HIS} (car|truck|house|door|place|work|building)|"
    r"esta noche|manana|ce soir|demain|"
    r"ніж|ножа?|пістолет|пистолет|сокир\w*|топор|сьогодні|сегодня|завтра|вночі|ночью|коли він|когда он|"
    r"چھری|چاقو|پستول|بندوق|آج رات|आज रात|चाकू|छुरी|बंदूक|chaku|chhuri|churi|bandook|aaj raat|aj raat|"
    r"ਪੈਟਰੋਲ|ਅੱਜ ਰਾਤ|ਕੱਲ੍ਹ|पेट्रोल|petrol|"
    r"bukra|bokra|el lele|el leile|sekkin|sikkine|fared|msaddas|ba3ref wen|بكرا|بكرة|الليلة|سكين|مسدس|"
    # Russian in Latin letters, and Spanish "hoy" (today)
    r"nozh|nozha|pistolet|topor|segodnya|zavtra|nochyu|hoy"
)
# voices commanding harm, named and commanding, in Arabic, in Russian typed in Latin letters, in Tigrinya and
# Amharic ("ድምጽታት ... ቅተሎ ይብሉኒ": the voices tell me "kill him")
VOICES_NAMED = (
    r"الأصوات|الاصوات|أصوات|اصوات|golosa|golos|holosy|holos|ድምጽታት|ድምጺ|ድምጾች|ድምፆች|ድምፅ|ድምጽ|"
    # Hindi and Urdu, and typed in Latin letters: "आवाज़ें", "آوازیں", "awaazein"
    + folded_pattern(r"आवाज़ें|आवाजें|आवाज़|आवाज|آوازیں|آواز|awaazein|awaazen|awazein|awazen|awaaz|awaz")
)
VOICES_COMMAND = (
    r"(تقول|يقول|تقولي|بتقلي|بيقولولي|تأمرني|يأمرني|تامرني) (لي )?(أن |ان )?(\S+ ){0,2}"
    r"(أؤذي|اؤذي|أقتل|اقتل|أذبح|اذبح|أموت|اموت|أحرق|احرق)|"
    r"(govoryat|govorit|velyat|velit|prikazyvayut|prikazyvaet|trebuyut|kazhut|kazhe) (mne |meni )?"
    r"(\w+ ){0,2}(ubit|ubey|zarezat|udarit|prygnut|umeret|porezat|vbyty|vdaryty|strybnuty)|"
    r"(ቅተሎ|ቅተላ|ቅተል|ቅተሊ|ቅተሎም|ግደለው|ግደላት|ግደል|ግደይ|ዝለል|ውደቕ) (\S+ )?(ይብሉኒ|ይብለኒ|ይሉኛል|ይለኛል|ይነግሩኛል|"
    r"ይእዝዙኒ|ያዝዙኛል)|"
    # Hindi and Urdu: "कह रही हैं कि अपने भाई को मार दूँ" (they say I should kill my brother), "کہتی ہیں کہ ... مار
    # دوں", "keh rahi hain ki bhai ko maar du"
    + folded_pattern(
        r"(कह|कहती|कहते|बोल|बोलती|बोलते|کہہ|کہتی|کہتے|بول|بولتی) (\S+ ){0,3}(\S+ ){0,5}(मार|मार डाल|काट|जला|"
        r"مار|مار ڈال|کاٹ|جلا) ?(दूँ|दूं|दू|दो|दे|डालूँ|डालूं|دوں|دو|دیں|ڈالوں)(?!\w)|"
        r"(keh|kehti|kehte|bol|bolti|bolte) (\w+ ){0,3}(ki )?(\w+ ){0,4}(maar|mar|kaat|jala) ?(du|dun|doon|"
        r"do|de|daalu|dalu|daloon)"
    )
)
# ... and resisted, in so many words: "मैं उनकी नहीं सुनता" (I do not listen to them), "main nahi maanta"
VOICES_RESISTED = folded_pattern(
    r"(नहीं|नही|कभी नहीं) (सुनता|सुनती|सुनूँगा|सुनूंगा|मानता|मानती|मानूँगा|मानूंगा|करूँगा|करूंगा)|"
    r"(نہیں|کبھی نہیں) (سنتا|سنتی|مانتا|مانتی|سنوں گا|مانوں گا|کروں گا)|"
    r"(nahi|nahin|kabhi nahi) (sunta|sunti|maanta|manta|maanti|karunga|sununga)"
)
# someone else in danger now, told by where they stand or what was heard
OTHER_NOW = (
    # outside a railing: "a guy standing on the outside of the railing on the bridge"
    r"(standing|sitting|climb\w*|leaning|hanging|perched) (on )?(the )?(outside|wrong side|other side|"
    r"far side|edge) of (the |a )?(railing|rail|barrier|fence|guardrail|bridge|ledge|balcony)|"
    # a gunshot near, and then silence or a scream: "heard a gunshot next door and now its quiet"
    r"(heard|hear|hearing) (a |some |two |three |like )?(gunshots?|gun shots?|shots? fired|a shot|"
    r"shots) (in|from|next door|upstairs|downstairs|in the (suite|unit|apartment|hallway|house))|"
    # an armed man in a house with children: "su esposo tiene una pistola y los ninos estan adentro"
    rf"(tiene|has|got|a) (una |un |a |an |the |son |sa )?({WEAPON}|weapon) (\w+ ){{0,2}}(y|and|et) "
    r"(los ninos|las ninas|the kids|the children|les enfants|the baby|el bebe|le bebe) (estan|are|sont) "
    r"(adentro|dentro|inside|in there|a l interieur|ahi)"
)
# Chinese and Vietnamese: a friend on a bridge, or saying they will take rat poison, who does not answer
OTHER_AWAY_ZH_VI = (
    r"(在|喺|系)(\S{0,4})(桥|橋|天台|楼顶|樓頂)|(说|話|讲|講|说要|話要)(\S{0,3})(跳|自杀|自殺|食老鼠药|吃老鼠药)|"
    r"(sẽ|định|muốn|đòi) (uống thuốc chuột|uống thuốc sâu|tự tử|nhảy cầu|nhảy sông|treo cổ)|"
    r"(đang )?(ở|trên) (cầu|nóc nhà|sân thượng)",
    r"(唔聽|不接|唔接|冇人聽|没人接|沒人接|打不通|打唔通|联系不上|聯絡唔到|聯繫不上)|"
    r"(gọi|liên lạc|nhắn) (\S+ )?(không được|không ai nghe|không trả lời)|không nghe máy|tắt máy",
)

# fmt: off
THREATS = (
    Rule("harm to another: told by what it does, with a means or a time", "crisis",
         (HARM_TOLD, MEANS_OR_TIME), other="crisis", needs=2, unless=STORY, emergency=True,
         unless_message=JOKE),
    Rule("harm to another: armed, on the way, for someone who wronged them", "crisis", ARMED_ARRIVAL,
         other="crisis", needs=2, unless=STORY, emergency=True, unless_message=JOKE + (
             r"\b(fix\w*|repair\w*|build\w*|install\w*|nail\w*|hang\w*|game|practice|team|league)\b",
         )),
    Rule("harm: voices commanding it, in other words", "crisis",
         (VOICES_NAMED, VOICES_COMMAND), other="crisis", needs=2, unless=STORY, emergency=True,
         unless_message=(VOICES_RESISTED,)),
    # ... resisted, they are still voices commanding harm: psychosis without intent (urgent)
    Rule("psychosis: voices commanding harm, in other words", "urgent", (VOICES_NAMED, VOICES_COMMAND),
         other=None, needs=2, unless=STORY),
    Rule("someone else in danger now: outside a railing, shots, armed with children", "crisis",
         (OTHER_NOW,), other="crisis", unless=STORY, emergency=True, unless_message=JOKE + (
             r"\b(movie|game|range|hunt\w*|fireworks|tv|show|video|gym|climbing|photo\w*|selfie|view)\b",
         )),
    Rule("someone else in danger now: out of reach at a height or with poison", "crisis",
         tuple(folded_pattern(p) for p in OTHER_AWAY_ZH_VI), other="crisis", needs=2, emergency=True),
)
# fmt: on
