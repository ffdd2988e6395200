"""Crisis phrases in more of the languages Edmonton's participants text in, by category of DOMAIN section 3.

`rules.languages` holds Tagalog, Arabic, Portuguese, Ukrainian and Russian. This adds Punjabi (Gurmukhi and
Latin letters), Hindi and Urdu (Devanagari, Urdu script and Latin letters), Chinese (simplified and
traditional), Vietnamese, Persian (Farsi and Dari), Somali, Korean and Amharic, and the categories the
older list lacks in every language: someone else in danger now (not breathing; shut in or out of reach
with a means or after a farewell), a question about how much would be lethal, and essential medicine run
out (urgent). Each phrase is a plain, common way of saying it, written by meaning, not copied from
replies; negated forms are left out of the phrase ("不想死", "marna nahi chahta": I do not want to die).
Written with their letters as people type them; `folding.folded_pattern` reads them as the text is read
(Vietnamese tones and Arabic vowel marks dropped). A Persian zero-width non-joiner may or may not be
typed: `[\u200c ]?`. Same conventions as `triage.rules.common`.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.denials import DENIALS

_ZWNJ = "[\u200c ]?"
# Hindi, Urdu and Punjabi in Latin letters: "want" and "(I) will" endings as people spell them
_WANT = r"(chahta|chahti|chaahta|chaahti|chahunda|chahundi|chaunda|chaundi|chahnda|chahndi)"
_PILLS_HI = r"(goliyan|goliyon|golian|goliya|goli|dawai|dawaiyan|dawaiyan|tablets?|pills)"

# "I want to die", "I don't want to live", "I will kill myself", "suicide", "end my life"
WISH_TO_DIE = (
    # Punjabi (Gurmukhi): "ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ", "ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ", "ਖੁਦਕੁਸ਼ੀ", "ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ ਦਿਆਂਗਾ"
    r"(ਮਰਨਾ|ਮਰ ਜਾਣਾ) ਚਾਹੁੰਦ|(ਜੀਣਾ|ਜੀਉਣਾ|ਜਿਉਣਾ) ਨਹੀਂ ਚਾਹੁੰਦ|ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|"
    r"ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ|(ਜ਼ਿੰਦਗੀ|ਜਿੰਦਗੀ) (ਖਤਮ|ਖ਼ਤਮ) ਕਰ|ਸਭ ਕੁਝ (ਖਤਮ|ਖ਼ਤਮ) ਕਰ ਦ",
    # Hindi, Urdu, Punjabi in Latin letters: "marna chahta hoon", "jeena nahi chahti", "khud ko maar dunga"
    rf"(marna|mar jana|mar jaana) {_WANT}|(jeena|jina|jeena|jiona|jeona|jeeona) (nahi|nahin|nai|ni) {_WANT}|"
    r"khudkushi|khudkhushi|khud kushi|aatmhatya|atmahatya|aatmahatya|"
    # "mainu hor nahi jeena" (I do not want to live any more), "sab kuch khatam kar dena" (to end it all)
    r"(mainu|menu|mujhe|mujhko|main|hor|ab|aur) (hor |ab |aur )?(nahi|nahin|ni|nai) (jeena|jina|jiona|jeona)|"
    r"sab (kuch |kujh |kuchh )?(khatam|khatm|khtm) (kar|kr) (dena|dunga|dungi|deyanga|dangi|daanga|diyanga|"
    r"deni|devanga|deyangi)|"
    r"(khud|apne aap|aapne aap) (ko|nu|noo) (maar|mar) (dunga|dungi|lunga|lungi|deyanga|dena|dangi|"
    r"diyanga|daanga|dalunga|dalungi)|(zindagi|jindagi|zindgi) (khatam|khatm|khtm) (kar|karna|kardunga|"
    r"kardungi)",
    # Hindi (Devanagari) and Urdu
    r"मरना चाहत|मर जाना चाहत|जीना नहीं चाहत|आत्महत्या|खुदकुशी|ख़ुदकुशी|(खुद|अपने आप) को मार|"
    r"(ज़िंदगी|जिंदगी|ज़िन्दगी|जिन्दगी) खत्म कर|مرنا چاہت|جینا نہیں چاہت|خودکشی|خود کشی|(خود|اپنے آپ) کو مار|"
    r"زندگی ختم کر",
    # Chinese: "想死" (not "不想死", nor "想死你了": I miss you), "不想活了", "自杀", "结束生命", "结束一切";
    # suicide denied before it is no crisis: "我没有想自杀", "没想过自杀", "不会自杀"
    # ... and ending one's life denied before it: "我不会结束我的生命"
    r"(?<!不)想死(?!你|您|了你|我了)|不想活|活不下去|轻生|輕生|"
    r"(?<!不会)(?<!不會)(?<!不要)(?<!不想)(?<!没有)(?<!沒有)(?<!唔會)(?<!唔会)(结束|結束)(我的)?生命|了(结|結)自己|"
    r"(?<!没有想)(?<!沒有想)(?<!没想过)(?<!沒想過)(?<!没想)(?<!沒想)(?<!不想)(?<!不会)(?<!不會)(?<!不要)"
    r"(?<!没有)(?<!沒有)(?<!不是)(?<!并不)(?<!並不)自(杀|殺)|"
    r"(结束|結束)一切",
    # Vietnamese: "muốn chết", "không muốn sống nữa", "tự sát", "kết thúc cuộc đời" ("từ từ" is "slowly")
    r"muốn chết|(không|chẳng) muốn sống (nữa|tiếp)|tự sát|(muốn|sẽ|định|sắp|nghĩ đến|nghĩ tới) tự tử|"
    r"kết thúc (cuộc đời|cuộc sống|tất cả)",
    # Persian: "می‌خوام بمیرم", "خودکشی", "خودمو بکشم", "نمی‌خوام زنده باشم"
    rf"می{_ZWNJ}خوا(ه)?م (\S+ )?بمیرم|خودمو? (را )?بکشم|نمی{_ZWNJ}خوا(ه)?م زنده (باشم|بمونم)",
    # Somali: "waxaan doonayaa inaan dhinto", "is dilayaa"; Korean: "죽고 싶어", "자살"; Amharic: "መሞት እፈልጋለሁ"
    r"(rabaa|doonayaa) (\w+ )?(inaan|in aan) (dhinto|is dilo)|is dilayaa|isdil(ayaa|o)|"
    r"죽고 싶|자살|살기 싫|목숨을 끊|መሞት እፈልጋለሁ|ራሴን (ልገድል|እገድላለሁ)",
)
# "I took all my pills", "I cut my wrist", "I hurt myself"
HARM_DONE = (
    # Hindi, Urdu, Punjabi: "saari goliyan kha li", "nas kaat li"
    rf"(saari|sari|sab|saariyan|sariyan|poori|puri|ek dum|bahut|bohat) (\w+ ){{0,2}}{_PILLS_HI} "
    r"(kha|khaa|le|lay|nigal) (li|lai|liyan|liya|layian|leeyan|gaya|gayi|gai|liyaan)|"
    r"(nas|nasein|nason|naar|kalai) (kaat|kat|katt) (li|liya|lai|diya|rahi|raha|lee|layi)|"
    r"सारी (दवाइयां|दवाइयाँ|गोलियां|गोलियाँ) खा|(नस|नसें|कलाई) काट|ساری گولیاں کھا|نس کاٹ|"
    r"ਸਾਰੀਆਂ (ਗੋਲੀਆਂ|ਦਵਾਈਆਂ) ਖਾ|(ਨਸ|ਨਾੜ) ਕੱਟ",
    # Chinese: "割腕", "自残", "吃了一整瓶安眠药"
    r"割腕|自残|自殘|割(伤|傷)自己|(吃|吞)了?(一整瓶|整瓶|一瓶|所有|全部|一大把|好多|很多)[^,.!?]{0,6}(药|藥|片)",
    # Vietnamese: "tự cắt tay", "tự làm đau mình", "uống cả lọ thuốc", "quá liều"
    r"(tự )?cắt (cổ )?tay|tự (làm đau|làm hại|hại) (mình|bản thân)|uống (hết|cả) (cả )?(lọ|vỉ|hộp) thuốc|"
    r"quá liều",
    # Persian: "همه قرص‌هامو خوردم", "رگمو زدم"; Korean: "손목을 그었어", "약을 다 먹었어"
    r"همه ?(ی )?قرص\S* (\S+ )?(خوردم|خورد|خورده)|رگ(م|مو)? (\S+ )?زدم|손목을? 그(었|어)|약을? (다|전부) 먹었",
)
# someone else's body in danger now, whoever it is: "not breathing", "unconscious"
NOT_BREATHING = (
    r"(saans|saah|sah) (nahi|nahin|ni|nai) (le|lai|lay) (raha|rahi|reha|riha|rha|rhi)|behosh|"
    r"सांस नहीं ले रह|साँस नहीं ले रह|बेहोश|ਸਾਹ ਨਹੀਂ ਲੈ ਰ|ਬੇਹੋਸ਼|سانس نہیں لے رہ|بے ہوش|بیہوش|"
    r"(没|沒)(有)?呼吸|不呼吸了|昏迷|叫不醒|不省人事|ngừng thở|không còn thở|không thở nữa|bất tỉnh|"
    r"hindi (na )?humihinga|walang malay|nawalan ng malay|(ما|لا|مش) (عم )?(يتنفس|تتنفس|بيتنفس|بتتنفس)|"
    rf"فاقد الوعي|فاقدة الوعي|مغمى عليه|نفس نمی{_ZWNJ}کش|بی{_ZWNJ}هوش|не дихає|не дышит|без свідомості|"
    r"без сознания|непритомн|não (está )?respirando|não respira|숨을 안 쉬|숨을 쉬지 않",
)
# someone else out of reach with a means or after a farewell: two cues together
MEANS_OR_FAREWELL = (
    rf"{_PILLS_HI}|bandook|banduk|pistol|rassi|alvida|khudkushi|(药|藥)|(枪|槍)|(绳|繩)|(告别|告別)|(遗书|遺書)|"
    r"(自杀|自殺)|thuốc|súng|tạm biệt|tự tử|gamot|baril|lubid|paalam|magpapakamatay|حبوب|دواء|مسدس|سلاح|"
    r"حبل|وداع|ينتحر|تنتحر|قرص|تفنگ|اسلحه|طناب|خداحافظی|таблетк|пігулк|пістолет|пистолет|рушниц|мотузк|"
    r"верёвк|веревк|прощав|прощал|попрощал\w*|попрощав\w*|прощаєтьс\w*|прощаетс\w*|прощальн\w*|"
    # a knife or poison: "may kutsilyo siya", "uske paas chaku hai"
    r"kutsilyo|lason|chaku|chhuri|چاقو|سكين|سكينة|刀|ножем|ножа|нож",
    # Hindi "ne" (who did it) is not the French negation: "behen ne darwaza band kar liya"
    r"(ne |nay )?(phone|fone|call) (nahi|nahin|ni|nai) (utha|chak|chuk) (raha|rahi|reha|riha|rahe)|"
    r"(jawab|jvab|javab) (nahi|nahin|ni|nai) (de|dinda|dindi) (raha|rahi|reha|riha)|"
    r"(ne |nay )?(darwaza|kamra|kamre) (band|bandh) (kar|kr) (liya|lia|li|leya|laya)|"
    r"不接(电话|電話)|(联系|聯繫|联络|聯絡)不(上|到)|(没有|沒有|不)(回应|回應)|(锁|鎖)在|反(锁|鎖)|不(开|開)门|"
    r"không (nghe máy|trả lời|bắt máy|mở cửa)|khóa cửa|(hindi|ayaw) (na )?(sumasagot|sumagot|magbukas|"
    r"nagbubukas|sumasagot)|"
    r"nagkulong|(ما|لا|مش) (عم )?(يرد|ترد|بيرد|بترد|يجاوب|تجاوب)|قفل على (نفسه|نفسها|حالو|حالها)|"
    rf"قفل کرده|در رو بسته|(گوشی|تلفن|زنگ)[^.!?،]{{0,25}}(جواب نمی{_ZWNJ}د|برنمی{_ZWNJ}دار)|"
    r"не відповідає|не отвечает|не бере трубку|не берет трубку|зачинив(ся|ась)|запер(ся|лась)",
)
# medicine saved up and all of it to be taken tonight, in Chinese: "药都存起来了，今晚全吃掉"
SAVED_FOR_TONIGHT = (
    r"(存|攒|攢|囤)[^,.!?]{0,8}(药|藥|片)|(药|藥)[^,.!?]{0,6}(存|攒|攢|囤)",
    r"(今晚|今天晚上|今夜)[^,.!?]{0,6}(全|都|一次|一起)[^,.!?]{0,4}(吃|吞)",
)
# medicine gathered or saved up, in Punjabi and Hindi (Latin letters, Gurmukhi, Devanagari): "goliyan
# ikathiyan kar layian", "saari dawai jama kar li" (stockpiling, a lethal means: section 3)
STOCKPILED = (
    rf"{_PILLS_HI} (\w+ ){{0,2}}(ikathiyan|ikathian|ikathi|ikatthi|ikatthiyan|ikkathi|ikkathiyan|ikattha|"
    r"ikatha|jama|jamaa|sambh|sambhal|bacha|bachaa) (kar |kr )?(layian|laiyan|liyan|lian|li|lai|lee|"
    r"leeyan|liya|lia|rakhi|rakhiyan|rakhian|rakhe|rakhiyaan|ke rakhi|ke rakhiyan)|"
    r"(ਗੋਲੀਆਂ|ਦਵਾਈਆਂ|ਦਵਾਈ) (\S+ )?(ਇਕੱਠੀਆਂ|ਇਕੱਠੀ|ਜਮ੍ਹਾਂ|ਸਾਂਭ)|(गोलियां|गोलियाँ|दवाइयां|दवाइयाँ|दवाई) (\S+ )?"
    r"(इकट्ठ|जमा|बचा)",
)
_KILL_AR = r"(سأقتل|سوف أقتل|رح أقتل|راح أقتل|هقتل|حقتل|بدي أقتل|سأطعن|سوف أطعن|سأذبح)"
# intent to hurt another person, with a target (section 3): "سأقتل زوجي", "papatayin ko siya", "убью его",
# "我要杀了他"; not oneself ("سأقتل نفسي", "papatayin ko sarili ko" are in `rules.languages`)
HARM_ANOTHER = (
    rf"{_KILL_AR}(ه|ها|هم)(?!\S)|{_KILL_AR} (زوجي|زوجتي|أبي|أمي|أخي|أختي|جاري|جارتي|مديري|ابني|بنتي|"
    r"صديقي|طليقي|طليقتي|حبيبي|هذا|هذه)(?!\S)|"
    r"(papatayin|sasaksakin|babarilin|sasaktan) ko (siya|sila|si \w+|ang \w+|yung \w+|yun)|"
    r"(вб ю|вбʼю|вбю|уб ю|убью|зарежу|заріжу|застрелю) (його|її|их|их всех|его|ее|её|мужа|чоловіка|жену|"
    r"дружину|сусіда|соседа|батька|отца)|"
    r"我(要|会|會|想)?(杀|殺)了?(他|她|他们|他們)",
)
# a veiled farewell in Korean: thanks for all this time, a pet handed on, a goodbye from one leaving
FAREWELL_KO = (
    r"(그동안|그간|지금까지) (정말 |너무 |다들 |진짜 )?(고마웠|감사했)",
    r"(고양이|강아지|반려견|반려묘)\S* (\S+ ){0,3}\S*(데려가기로|맡아주기로|맡기기로|키워주기로)",
    r"안녕히 계세요|편지를? (\S+ )?(썼|남겼)",
)
# ... for a reason: a weekend, a trip, a move, a job or school left
FAREWELL_KO_REASON = (r"주말|여행|출장|휴가|이사|퇴사|졸업",)
# how much would be lethal: "kitni goliyan khane se mar jate hain", "吃多少片会死"
LETHALITY = (
    rf"(kitni|kitne|kinniyan|kinne|kinni) (\w+ ){{0,3}}{_PILLS_HI} (\w+ ){{0,4}}(mar|maut|marr|jaan)|"
    r"(吃|吞)多少[^,.!?]{0,10}(会|會|能|才|就)(死|致命)|(多少|几|幾)(片|颗|顆|粒)[^,.!?]{0,10}(死|致命)|致死量|"
    r"uống bao nhiêu (\w+ ){0,4}(thì|sẽ|có) (\w+ ){0,2}chết|bao nhiêu viên (\w+ ){0,4}chết|liều gây chết|"
    r"ilang (\w+ ){0,4}(gamot|tableta|pills|piraso) (\w+ ){0,4}(para|bago) (\w+ ){0,2}mamatay|"
    r"كم (حبة|حبه|قرص) (\S+ ){0,4}(للموت|تموت|يموت|تقتل|يقتل|قاتلة)|جرعة (قاتلة|مميتة)|"
    r"چند ?تا (قرص|دونه) (\S+ ){0,4}(میمیره|بمیره|میمیرم|بمیرم|کشنده)|دوز کشنده|"
    r"(скільки|сколько) (\w+ ){0,3}(таблеток|пігулок) (\w+ ){0,4}(померти|вмерти|умереть|смертельн)|"
    r"смертельн\w* (доз|кількість|количество)",
)
# essential medicine run out or stopped (urgent): "meri dawai khatam ho gayi", "药吃完了", "naubos na"
MEDICINE_OUT = (
    r"(lithium|clozapine|insulin|dawai|dawa|dawaiyan|goliyan|medicine|meds) (\w+ ){0,2}(khatam|khtam|mukk) "
    r"(ho )?(gayi|gaya|gayian|gaye|gai|gyi|gya|chuki|gayiyan)|naubos (na )?(ang )?(\w+ )?(gamot|lithium|"
    r"insulin)|hết thuốc|(药|藥)(吃完了|没了|沒了|用完了)|停(药|藥)|"
    r"(قرص|دارو|لیتیوم|انسولین)\S* (\S+ )?تموم شد|"
    r"خلص(ت)? (الدوا|الدواء|دوائي|الحبوب|حبوبي)",
)

# ambivalence that does not rule it out: "not sure I won't do something to myself"
AMBIVALENCE = (
    # Ukrainian and Russian: "не впевнена, що нічого собі не зроблю", "не уверен, что с собой не сделаю"
    r"не (впевнена|впевнений|певна|певен|знаю|уверена|уверен)[ ,]+(що|чи|что|ли) (\S+ ){0,3}(собі|собою|"
    r"себе|себя|собой)",
    # Spanish: "no estoy segura de que no me vaya a hacer algo", "no se si me voy a hacer dano"
    r"no (estoy )?segur[oa] (de )?(que )?(no )?(me )?(vaya a |voy a )?(hacer|haga|hacerme) (algo|nada|dano)|"
    r"no se si (no )?(me )?(voy a |vaya a )?(hacer|hacerme) (algo|dano)",
    # French: "pas sure que j vais pas me faire quelque chose", "je peux pas promettre que je vais rien faire"
    r"(pas sure?|sais pas|suis pas sure?) (si|que) (je|j) (vais|vas|peux) (pas |rien )?(me faire|faire) "
    r"(quelque chose|une connerie|une betise|du mal|mal|rien)|(peux|peut) pas (te |vous )?promettre (que )?"
    r"(je|j) (vais|vas) (pas|rien) (me )?faire",
)
# a farewell, nothing said after it: "you won't hear from me after today" (a goodbye with no reason given)
NO_WORD_AFTER = (
    # Arabic: "ما رح تسمعوا مني بعد اليوم", "لن تسمعوا عني"
    r"(ما|لن|مش|مارح|ماراح) (رح |راح )?(تسمعوا|تسمعو|تسمع|تسمعون|تسمعي|هتسمعوا|حتسمعوا) (مني|عني|صوتي)",
    # Tagalog, Spanish, French, Portuguese, Ukrainian, Russian
    r"hindi (mo|nyo|niyo|na) (na )?(ako )?(maririnig|makakausap)|"
    r"no (vas|van) a (saber|oir) (nada )?(mas )?de mi|ya no (sabras|sabran) (nada )?(mas )?de mi|"
    r"(vous|tu) (n )?(entendrez|entendras) plus (jamais )?parler de moi|"
    r"(nao|não) (vao|vão|vai) (mais )?ouvir falar de mim|nunca mais (vao |vão )?ouvir falar de mim|"
    r"(більше )?не почуєте? (мене|від мене|про мене)|больше не услышите|не услышишь (меня|обо мне)",
)
# ... given a reason that is no farewell: a trip, a new number, no signal, busy
NO_WORD_REASON = (
    r"\b(trip|travel\w*|flight|vacation|holiday|camping|new (number|phone)|no (signal|service)|busy|"
    r"viaje|vacaciones|voyage|vacances|numero|biyahe|bakasyon|viagem|férias|ferias)\b|سفر|مسافر|رقم جديد|"
    r"відпустк|подорож|поїздк|отпуск|поездк",
)

# fmt: off
MULTILINGUAL = (
    Rule("other languages: not sure one won't do something to oneself", "crisis",
         tuple(folded_pattern(p) for p in AMBIVALENCE), other="urgent"),
    Rule("other languages: no word after today", "crisis",
         tuple(folded_pattern(p) for p in NO_WORD_AFTER), other="urgent",
         unless_message=tuple(folded_pattern(p) for p in NO_WORD_REASON)),
    Rule("other languages: wanting to die or to kill oneself", "crisis",
         tuple(folded_pattern(p) for p in WISH_TO_DIE), other="urgent", unless=DENIALS),
    Rule("other languages: self-harm or overdose", "crisis",
         tuple(folded_pattern(p) for p in HARM_DONE), other="urgent"),
    Rule("other languages: someone not breathing or unconscious", "crisis",
         tuple(folded_pattern(p) for p in NOT_BREATHING), other="crisis", emergency=True),
    Rule("other languages: someone out of reach with a means or after a farewell", "crisis",
         tuple(folded_pattern(p) for p in MEANS_OR_FAREWELL), other="crisis", needs=2, emergency=True),
    Rule("other languages: medicine saved up for tonight", "crisis",
         tuple(folded_pattern(p) for p in SAVED_FOR_TONIGHT), other="urgent", needs=2),
    Rule("other languages: a veiled farewell", "crisis",
         tuple(folded_pattern(p) for p in FAREWELL_KO), other="urgent", needs=2,
         unless_message=tuple(folded_pattern(p) for p in FAREWELL_KO_REASON)),
    Rule("other languages: a question about lethality", "crisis",
         tuple(folded_pattern(p) for p in LETHALITY), other="crisis"),
    Rule("other languages: medicine stockpiled", "crisis",
         tuple(folded_pattern(p) for p in STOCKPILED), other="urgent"),
    Rule("other languages: intent to hurt another person", "crisis",
         tuple(folded_pattern(p) for p in HARM_ANOTHER), other="crisis", emergency=True),
    Rule("other languages: essential medicine run out", "urgent",
         tuple(folded_pattern(p) for p in MEDICINE_OUT), other=None),
)
# fmt: on
