"""Crisis wording that rounds 32-33 found the rules could not read, by category of DOMAIN section 3: the wish
not to live typed in Latin letters for a language of another script (Korean, Mandarin pinyin, Ukrainian and
Russian, Egyptian and Levantine Arabic), or in a language the rules lacked it in (Dutch, Malayalam's "I
need not live"; Tigrinya and Amharic, round 34); a world better without oneself in Arabic; and not being
safe with oneself (English, French, Spanish), which is intent told without its act.

Negated forms are kept out of the phrase ("mesh 3ayez amoot": I do not want to die) and denials guard it
(`rules.denials`). Same conventions as `triage.rules.common`; patterns in other scripts are folded as the
text is (`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_pattern
from textsupport.triage.rules.common import Rule
from textsupport.triage.rules.denials import DENIALS

# the clause ends here, nothing said after it
_END = r"(?= *($|[^\w ]))"
# Egyptian and Levantine Arabic in Latin letters: "want" as people spell it
_WANT_AR = r"(3ayez|3ayz|3ayza|3aiz|3aiza|3awez|3awza|baddi|badde|bade|bdi|bidi)"

WISH = tuple(
    folded_pattern(p)
    for p in (
        # Korean in Latin letters: "jukgo sipda" (I want to die), "salgi silheo" (I hate living)
        r"(jukgo|jukko|juggo|chukko) ?(sip|ship)\w*|(salgi|salgie|sal gi) ?(sil|shil)\w*|"
        r"jasal ?hal ?(geo|kke)\w*",
        # Mandarin in pinyin: "bu xiang huo le" (I do not want to live), "xiang zisha", "huo bu xia qu"
        r"(bu|bú) ?xiang ?huo( le| xia ?qu)?|huo ?bu ?xia ?qu|(xiang|yao) ?zi ?sha|(wo )?xiang ?si ?le",
        # Ukrainian and Russian in Latin letters: "ne khochu zhyty", "ne hochu bolshe zhit", "khochu pomerty"
        r"ne (khochu|hochu|khochy|hochy|xochu) (bilshe |bolshe |uzhe |vzhe )?(zhyty|zhyt|zhit|zhiti|zhity|"
        r"zhyt)|(?<!ne )(khochu|hochu|xochu) (pomerty|pomeret|umeret|vmerty|pomerti|umerti)"
        r"(?! (ot|vid|z) (smekha|smikhu|skuky|skuki|nudy|ustalosti|vtomy))",
        # Egyptian and Levantine Arabic in Latin letters: "mesh 3ayez a3eesh", "baddi moot" (not "mesh
        # 3ayez amoot": I do not want to die, nor "kent bade mout": I wanted to, told as past)
        rf"(?<!kent )(?<!kint )(?<!kunt )(?<!kont )(mesh|mish|msh|mush|ma) {_WANT_AR} (a3eesh|a3ish|"
        rf"a3ich|3eesh|3ish|ae3eesh|3aysh)|"
        rf"(?<!mesh )(?<!mish )(?<!msh )(?<!mush )(?<!ma )(?<!kent )(?<!kint )(?<!kunt )(?<!kont )(?<!kan )"
        rf"(?<!kanet ){_WANT_AR} (amoot|amout|amot|moot|mout|mot)"
        r"(?! (men|min|mn) (el )?(da7k|d7k|ta3ab|joo3|jou3|bard|7ar))",
        # Dutch: "ik wil er niet meer zijn", "ik wil niet meer leven", "ik wil dood"
        rf"ik wil (er )?(niet|nooit) meer (zijn{_END}|leven|wakker worden)|"
        rf"ik wil (gewoon )?dood( gaan)?{_END}|"
        r"ik (maak|ga) er een (eind|einde) aan( maken)?|zelfmoord (plegen|doen)",
        # Malayalam: "ഇനി ജീവിക്കണ്ട" (I need not live any more), "ജീവിക്കേണ്ട", "ചാകണം"
        r"(ഇനി |എനിക്ക് )?(ജീവിക്കണ്ട|ജീവിക്കേണ്ട|ജീവിക്കണ്ടാ)|(എനിക്ക് )?(ചാകണം|ചത്താൽ മതി)",
        # Tigrinya: "ክሞት ደልየ" (I want to die), "ክሞት እየ" (I am going to die); Amharic: "መሞት እፈልጋለሁ", "ልሞት
        # ነው" (not "ክሞት ኣይደልን", "መሞት አልፈልግም": I do not want to die)
        r"ክሞት (\S+ )?(ደልየ|እደሊ|ደልየ ኣለኹ|እየ)|(መሞት|ልሞት|ልሞት ነው) (\S+ )?(እፈልጋለሁ|ፈልጌአለሁ|ፈልጌያለሁ)|ልሞት ነው",
    )
)
# everyone better off without me: "الكل رح يكون أحسن بدوني", "ahsan men gheri"
WITHOUT_ME = tuple(
    folded_pattern(p)
    for p in (
        r"(احسن|أحسن|أفضل|افضل|ارتاحوا|يرتاحوا) (\S+ ){0,2}(بدوني|من غيري|من دوني|بلاي|لو رحت|لو مت)|"
        r"(ahsan|a7san|afdal|afDal) (\w+ ){0,2}(bdooni|bedouni|bidooni|bdouni|men gheri|min ghairi|mn 8eri)",
    )
)
# not safe with oneself: "i dont feel safe with myself tonight", "je me sens pas en securite avec moi meme",
# "no me siento segura conmigo misma"
NOT_SAFE_WITH_SELF = (
    r"(not|dont|do not|dont really|never) (feel |feeling |feel very |feel that )?safe (with|around|from|"
    r"alone "
    r"with) myself|(cant|cannot|dont|do not) (keep|trust) myself safe|"
    r"(pas|plus) (en securite|safe|en securite) (avec|de) moi( meme)?|"
    r"no (me siento|estoy) (a salvo|segur[oa]) (conmigo|de mi)( mism[oa])?",
)

# fmt: off
WISHES = (
    Rule("other spellings: wanting to die or not to live", "crisis", WISH, other="urgent", unless=DENIALS),
    Rule("other languages: a world better without me", "crisis", WITHOUT_ME, other="urgent", unless=DENIALS),
    Rule("intent: not safe with oneself", "crisis", NOT_SAFE_WITH_SELF, other="urgent"),
)
# fmt: on
