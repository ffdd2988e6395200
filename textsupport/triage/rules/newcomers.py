"""Crisis phrases in more of the languages newcomers to Canadian cities text in, by category of DOMAIN
section 3: wanting to die, killing oneself, ending one's life, taking all one's pills, not being here
tomorrow.

`rules.languages` (Tagalog, Arabic, Portuguese, Ukrainian, Russian) and `rules.multilingual` (Punjabi,
Hindi and Urdu, Chinese, Vietnamese, Persian, Somali, Korean, Amharic) hold the first phrases of each
language. This adds the languages they lack (Polish, Italian, German) and, where they are thin, the other
common ways of saying the same things: "I can't live any more" and "I'll end everything" in Hindi and Urdu,
"I no longer want to live" in Arabic, "I will no longer be" in Russian and Ukrainian, and so on. Each
phrase is a plain, common way of saying it, written by meaning, not copied from replies. Negated forms are
kept out of the phrase itself ("nie chcę umrzeć", "non voglio morire", "ich will nicht sterben": I do not
want to die), and so are the idioms a phrase could be mistaken for ("morire dal ridere", "mi ammazzo di
lavoro", "跳楼价": a rock-bottom price). "Not being here tomorrow" is only read where it can mean nothing
else ("już mnie nie będzie" at the end of a clause, "меня не станет"), never "I won't be in tomorrow".
Tigrinya is not here: no phrase of it was certain enough. Written with their letters as people type them;
`folding.folded_pattern` reads them as the text is read (Polish and Italian accents dropped; Polish "ł"
kept, so both spellings are written). Same conventions as `triage.rules.common`.
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule

_ZWNJ = "[\u200c ]?"
# the clause ends here, nothing said after it: "... nie będzie.", not "... nie będzie w pracy"
_END = r"(?= *($|[^\w ]))"

# "I want to die", "I don't want to live (any more)", "I will kill myself", "I'll end my life"
WISH_TO_DIE = (
    # Polish: "chcę umrzeć", "nie chcę już żyć", "zabiję się", "odbiorę sobie życie", "skończę ze sobą"
    r"(?<!nie )(chcę|chce|chcia[lł]bym|chcia[lł]abym) (\w+ )?umrzeć|"
    r"nie chcę (już |dłużej |d[lł]uzej )?żyć(?! (w|we|bez|z|ze|tak|jak))|"
    r"(?<!nie )(zabiję|zabić|zabic) się|(odebrać|odbiorę|odebrac|odbiore) sobie życie|"
    r"(skończyć|skończę|skonczyc|skoncze) ze sobą|popełni\w* samobójstwo|targnąć się na (swoje )?życie|"
    r"(?<!nie )się (zabiję|zabije)(?! na)|"
    rf"(już mnie nie będzie|mnie już nie będzie|nie będzie mnie już){_END}|"
    # Italian: "voglio morire" (not "morire dal ridere"), "mi voglio ammazzare", "voglio farla finita"
    r"(?<!non )(voglio|vorrei) (solo |solamente )?morire(?! (dal|dalla|dalle|dai|di|d))|"
    r"(?<!non )(mi voglio|voglio|vorrei) (ammazzarmi|uccidermi|suicidarmi|ammazzare|uccidere|suicidare)|"
    r"(?<!non )mi (ammazzo|uccido)(?! (di|dal|dalla|dalle|con))|togliermi la vita|"
    r"((voglio|vorrei|devo|sto per|ho deciso di) farla|la faccio|la farò|la faro) finita(?! con)|"
    r"non (voglio|ho) (più |piu )?(voglia di )?vivere(?! (a|in|qui|qua|lì|li|là|la|con|da|vicino))|"
    # German: "ich will sterben" (not "will nicht sterben"), "ich bring mich um", "mir das Leben nehmen"
    r"(will|möchte|mochte) ((?!nicht|nie|kein)\w+ ){0,2}sterben|(will|möchte|mochte) nicht mehr leben|"
    rf"bringe? (ich )?mich (\w+ ){{0,2}}um{_END}|(?<!nicht )mich umbringen|mir (das )?leben (zu )?nehmen|"
    r"denke ((?!nicht|nie|kein)\w+ )?an (selbstmord|suizid)|(?<!keine )(selbstmordgedanken|suizidgedanken)|"
    # Hindi and Urdu: "अब और नहीं जी सकता" (not "तुम्हारे बिना नहीं जी सकता"), "सब कुछ खत्म कर दूंगा",
    # "अपनी जान ले लूंगा", "इस दुनिया में नहीं रहूंगा"; Urdu and Latin letters the same
    r"(अब|और) (और )?नहीं जी (सकता|सकती|पाऊंगा|पाऊंगी|पाउंगा|पाउंगी)|"
    r"सब ?कुछ खत्म कर (दूंगा|दूंगी|दूँगा|दूँगी|दूगा|दूगी|लूंगा|लूंगी|देना)|"
    r"अपनी जान (ले|दे) (लूंगा|लूंगी|लूँगा|लूँगी|दूंगा|दूंगी)|(खुद|अपने आप) को खत्म कर|"
    r"दुनिया (में|मे) (नहीं|नही) (रहूंगा|रहूंगी|रहूँगा|रहूँगी|रहना चाहत)|"
    r"اب (اور )?نہیں جی (سکتا|سکتی)|سب ?کچھ ختم کر (دوں|دونگا|دونگی)|اپنی جان (لے|دے) (لوں|دوں|لونگا|لونگی)|"
    r"ab (aur |or )?(nahi|nahin|nhi) (jee|ji) (sakta|sakti|paunga|paungi)|"
    r"apni (jaan|jan) (le|lai|lay) (lunga|lungi|loonga|loongi|lavanga|lavangi|laanga|laangi)|"
    r"(khud|apne aap) (ko|nu) (khatam|khatm|khtm) (kar|kr) (dunga|dungi|lunga|lungi|lavanga|lavangi)|"
    r"duniya (mein|me|main) (nahi|nahin|nhi) (rahunga|rahungi|rehna|rahna)|"
    # Punjabi (Gurmukhi): "ਹੁਣ ਨਹੀਂ ਜੀਣਾ", "ਆਪਣੀ ਜਾਨ ਲੈ ਲਵਾਂਗਾ"
    r"(ਹੋਰ|ਹੁਣ) ਨਹੀਂ (ਜੀਣਾ|ਜਿਉਣਾ|ਜੀਉਣਾ)|ਆਪਣੀ ਜਾਨ ਲੈ (ਲਵਾਂਗਾ|ਲਵਾਂਗੀ|ਲੈਣੀ)|"
    # Arabic: "لم أعد أريد أن أعيش", "ما عدت بدي عيش", "رح خلص على حالي"
    r"(ما عاد|ما عدت|مش عاد|لم أعد|لم اعد|ما عدت) (لي )?(بدي|أريد|اريد|ابغى|أبغى|عايز|عايزة|أقدر|اقدر|بقدر)"
    r" (أن |ان |على )?(أعيش|اعيش|عيش|العيش)|(خلص|اخلص|أخلص|هخلص|حخلص) (على|ع) (حالي|نفسي|روحي)|"
    # Persian: "به زندگیم پایان بدم", "نمی‌خوام زندگی کنم", "دیگه نمی‌تونم زندگی کنم"
    rf"زندگی(م|مو|ام)? (\S+ )?پایان (بدم|بدهم|می{_ZWNJ}دم|میدهم)|"
    rf"(نمی{_ZWNJ}خوا(ه)?م|نمی{_ZWNJ}تونم) (دیگه |دیگر )?زندگی کنم|"
    # Russian and Ukrainian: "меня скоро не станет", "повешусь", "свести счёты с жизнью"
    # (not "у меня не станет денег": I will have no money)
    rf"(?<!у )(?<!в )(меня (\w+ )?не станет|мене (\w+ )?не стане){_END}|"
    r"повешусь|(хочу|хочется) повеситься|повішуся|(хочу|хочеться) повіситися|"
    r"(свести|сведу) счёты с жизнью|(звести|зведу) рахунки з життям|"
    # Vietnamese: "tự kết liễu", "chết quách cho xong", "chấm dứt cuộc đời"
    r"tự kết liễu|chết quách (đi )?(cho (xong|rồi))?|chấm dứt (cuộc đời|cuộc sống|mạng sống)|"
    # Portuguese: "pôr fim à minha vida", "vou me enforcar", "não vou estar mais aqui"
    r"(pôr|por|dar) (um )?fim (à|a|na|em) (minha )?(própria )?vida|(vou|quero|vontade de) me enforcar|"
    rf"não vou (mais )?estar (mais )?aqui (amanhã)?{_END}|"
    # Somali: "ma rabo inaan noolaado" (I do not want to live); Amharic: "መኖር አልፈልግም", "ራሴን ላጠፋ ነው"
    r"ma (rabo|doonayo) (inaan|in aan) (sii )?noolaado|መኖር አልፈልግም|ራሴን (ላጠፋ|አጠፋለሁ|ማጥፋት)|ራስን ማጥፋት|"
    # Korean: "죽어버리고 싶어", "삶을 끝내고 싶어", "옥상에서 뛰어내리고 싶어"
    r"죽어 ?버리고 싶|죽어 ?버릴|(인생|삶|목숨)\S* 끝내|(옥상|한강|창문|베란다|아파트)\S* (\S+ )?뛰어내리|"
    # Tagalog: "magbibigti ako"; Chinese: "想跳楼" (not "跳楼价": a rock-bottom price)
    r"(magbibigti|magbigti) (na )?(lang )?(ako|ko)|ako (ay )?magbibigti|"
    r"(想|要|准备|準備|打算)跳(楼|樓|河|桥|橋)(?!价|價)",
)
# "I took / will take all my pills", "I'll cut my veins"
HARM_DONE = (
    # Polish: "wziąłem wszystkie tabletki", "połknę wszystkie leki"
    r"(wzi[aeę][lł]\w*|wezmę|wezme|po[lł]kn\w*|[lł]ykn\w*|zaży[lł]\w*|zazy[lł]\w*) (\w+ )?wszystkie (\w+ )?"
    r"(tabletki|leki|pigu[lł]ki|proszki|prochy)|(podcięłam|podcięłem|podciąć|podetnę) (sobie )?żyły|"
    # Italian: "ho preso tutte le pillole", "prendo tutte le mie compresse", "tagliarmi le vene"
    r"(ho preso|ho ingoiato|prendo|prenderò|ingoio|ingoierò) tutte (le )?(mie )?(pillole|pastiglie|"
    r"compresse|pasticche|medicine)|tagliarmi (le vene|i polsi)|mi taglio (le vene|i polsi)|"
    # German: "alle meine Tabletten genommen", "ich nehme alle Tabletten", "Pulsadern aufschneiden"
    r"alle (meine )?(tabletten|pillen|medikamente) (\w+ )?(genommen|geschluckt|nehmen|schlucken)|"
    r"(nehme|schlucke) (jetzt |heute )?alle (meine )?(tabletten|pillen|medikamente)|pulsadern",
    # Arabic: "رح آخذ كل حبوبي", "سأبلع كل الدواء"; Persian: "همه قرص‌هامو می‌خورم"
    r"(سآخذ|سوف آخذ|رح آخذ|راح آخذ|هاخد|حاخد|سأبلع|رح ابلع|رح أبلع|هبلع) كل (الحبوب|حبوبي|الدواء|دوائي|"
    r"الادوية|الأدوية|أدويتي|ادويتي|الدوا)|"
    rf"همه ?(ی )?قرص\S* (\S+ )?(رو |را )?(می{_ZWNJ}خورم|بخورم)",
    # Russian and Ukrainian: "наглотаюсь таблеток", "вскрою вены"; Korean: "수면제를 다 먹을 거야"
    r"наглота\w* (\w+ )?(таблеток|таблетками|пилюль|лекарств)|вскр\w* (себе )?вены|"
    r"수면제\S* (\S+ )?(다|전부|몽땅|한꺼번에) (\S+ )?(먹|삼키)",
)

# fmt: off
NEWCOMERS = (
    Rule("other languages: wanting to die or to kill oneself", "crisis",
         tuple(folded_pattern(p) for p in WISH_TO_DIE), other="urgent"),
    Rule("other languages: self-harm or overdose", "crisis",
         tuple(folded_pattern(p) for p in HARM_DONE), other="urgent"),
)
# fmt: on
