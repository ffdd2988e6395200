"""The language matrix's urgent needs (DOMAIN section 3), filled where the matrix found them unread or read as
crisis (`tests/unit/test_triage_languages_matrix_urgent.py`): not coping, asking for a call, paranoia (the
police reading one's phone), no place to sleep in the cold and essential medicine run out, in the languages of
the matrix; and guards for the model, which knows little outside English, French and Spanish: a short reply
that tells one of these needs and nothing else (as `rules.ordinary` guards "nowhere to stay tonight and its
freezing"), and an absence with its reason ("I won't be at work tomorrow, I'm going to the doctor").

Same conventions as `triage.rules.common`; patterns in other scripts are folded as the text is
(`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_alternatives
from textsupport.triage.rules.common import Rule

# asking for a call: "kann mich jemand anrufen?", "biri beni arasın"
CALL_ME = folded_alternatives(
    r"kann mich (\w+ )?jemand anrufen|ruft mich (bitte )?an|kan iemand me bellen|bel me (alsjeblieft|aub)",
    r"qualcuno (mi )?può chiamar(mi)?|chiamatemi|czy ktoś może do mnie zadzwonić|zadzwońcie do mnie",
    r"alguém (pode|podia) me ligar|me liguem|mă poate suna cineva|sunați mă|biri beni (arasın|arayabilir mi)",
    r"beni arayın|mtu anaweza kunipigia( simu)?|nipigieni simu|(حد|حدا|أحد|احد) (يتصل|يحكي) (فيني|بي|معي)",
    r"اتصلوا (فيني|بي)|کسی (میتونه|می‌تونه|می تونه) بهم زنگ بزنه|بهم زنگ بزنید|کوئی مجھے فون کر سکتا ہے",
    r"(क्या )?कोई मुझे फोन कर सकता है|koi mujhe (call|phone) kar sakta hai|কেউ কি আমাকে ফোন করতে পারবেন",
    r"(ai|có ai) gọi cho (tôi|em|mình) (được không|với)",
    r"(有人|谁|誰)(能|可以)?(给我|給我)打(个|個)?电话|(有人|可以有人)打(电话|電話)(给|給)我|(搵人|有人)打(畀|俾)我",
    r"누가 전화 (좀 )?해|誰か電話して|may pwede bang tumawag sa akin|tawagan (niyo |nyo )?ako",
    r"хтось може мені подзвонити|подзвоніть мені|может кто нибудь мне позвонить|позвоните мне",
    r"μπορεί κάποιος να με πάρει τηλέφωνο|πάρτε με τηλέφωνο|èske yon moun ka rele m",
)
# not coping: "ich schaffe das nicht mehr", "non ce la faccio più", "撑不下去了"
NOT_COPING = folded_alternatives(
    r"ich schaffe (das|es) nicht mehr|ik trek het niet meer|non ce la faccio più|nie daję (już )?rady",
    r"não aguento mais|nu mai fac față|(artık )?baş edemiyorum|dayanamıyorum( artık)?|siwezi tena kuvumilia",
    r"ما (عدت|عاد) (أقدر|اقدر|فيني) (أتحمل|اتحمل)|(دیگه|دیگر) نمی[‌ ]?تونم تحمل کنم|برداشت نہیں ہوتا",
    r"(अब )?(और )?(नहीं सह सकता|नहीं सह सकती)|সহ্য করতে পারছি না|không chịu nổi nữa",
    r"(撑|撐)不下去|頂唔順|못 버티겠|耐えられない|hindi ko na kaya",
    r"не справляюся|не справляюсь|δεν αντέχω άλλο|pa ka sipòte ankò",
)
# paranoia: the police reading one's phone ("die Polizei liest mein Handy mit")
POLICE = folded_alternatives(
    r"polizei|politie|polizia|policja|polícia|poliția|polis|polisi|الشرطة|پلیس|پولیس|पुलिस|công an|警察|경찰",
    r"pulis|поліція|полиция|полиція|αστυνομία|lapolis",
)
WATCHING = folded_alternatives(
    r"(liest|lesen|überwacht|überwachen|hört|hören) (\w+ ){0,3}(handy|telefon)|meeleest|leest (\w+ ){0,2}mee",
    r"(legga|legge|leggono|controlla|controllano|spia|spiano) (\w+ ){0,2}(il )?telefono|czyta (mój )?telefon",
    r"(lendo|lê|lêem|vigiando|vigia) (\w+ ){0,2}(meu )?(celular|telefone)|(citește|urmărește|ascultă) (\w+ )?"
    r"(telefon\w*)|(mă urmărește|mă urmăresc) prin telefon",
    r"telefonumu (okuyor|dinliyor|izliyor)|wanasoma simu yangu|تقرأ (\S+ ){0,2}(تلفوني|تلفون|جوالي|موبايلي)",
    r"گوشیمو (می[‌ ]?خونه|چک می[‌ ]?کنه)|میرا فون پڑھ (رہی|رہا)|मेरा फोन पढ़ (रही|रहा)",
    r"đọc (\S+ ){0,2}điện thoại|(监视|監視|监听|監聽)(我的)?(手机|手機)|"
    r"(휴대폰|핸드폰|폰)을? 보고 있|携帯を監視",
    r"binabasa (\w+ ){0,3}(cellphone|phone|cp)|читає (\S+ )?телефон|читает (\S+ )?телефон",
    r"διαβάζει το κινητό|ap li telefòn",
)
# no place to sleep, and the cold: "ich habe heute nacht keinen schlafplatz und es friert"
NO_PLACE = folded_alternatives(
    r"keinen schlafplatz|kein dach über dem kopf|geen slaapplek|geen dak boven mijn hoofd|негде (ночевать|"
    r"спать)",
    r"ما (عندي|في عندي) (مكان|محل) (أنام|انام|نام)|meel aan (ku )?seexdo ma (haysto|lihi)|guri ma (haysto|"
    r"lihi)",
    r"hoy ma (haysto|lihi)",
)
COLD = folded_alternatives(
    r"friert|eiskalt|minusgrade|vriest|ijskoud|мороз|холодно|البرد|برد|qabow|baraf\w*",
)
# an urgent need told in a few words and nothing else: fewer than 60 characters on either side of it, which
# say nothing more for the model to weigh
_NEEDS = "|".join(CALL_ME + NOT_COPING + WATCHING + NO_PLACE)
TOLD_ALONE = (rf"(?<![\s\S]{{60}})(?:{_NEEDS})(?![\s\S]{{60}})",)
# essential medicine run out: "mein Lithium ist alle", "ho finito il litio", "我的胰岛素用完了"
ESSENTIAL = folded_alternatives(
    r"lithium|litio|lityum|lítio|litiu|ليثيوم|لیتیوم|लिथियम|锂|리튬|リチウム|литий|літій|λίθιο",
    r"insulin\w*|insülin\w*|انسولين|انسولین|इंसुलिन|胰岛素|胰島素|인슐린|インスリン|инсулин|інсулін|ινσουλίνη|ensilin",
    r"clozapin\w*|klozapin|leponex|clozaril|клозапин|氯氮平",
)
RUN_OUT = folded_alternatives(
    r"ist alle|aufgebraucht|is op|(ho )?finit[oa]|skończył\w* (mi )?się|acabou|(am )?rămas fără|bitti|"
    r"imeisha",
    r"خلص|تموم شده|खत्म हो|ختم ہو|hết|用完|吃完|떨어졌|切れ|naubusan|закінчив\w*|закончил\w*|τελείωσε|fini",
)
# one's medicine run out with the pharmacy closed: "daawadii way iga dhammaatay, farmashiyuhu wuu xiran yahay"
MEDICINE = folded_alternatives(
    r"daawo\w*|daawa\w*|dawo\w*|dawa\w*|tabletten|medikamente|remédios|medicamentos|comprimidos|thuốc|ilaç\w*|"
    r"gamot|دوا\w*|حبوب\w*|таблетк\w*|лекарств\w*|leki|tabletki|ліки",
)
MEDICINE_GONE = folded_alternatives(
    r"dhammaatay|dhamaatay|dhammaaday|dhamaaday|(sind|ist) alle|aufgebraucht|acabaram|acabou|hết|bitti|"
    r"zimeisha|imeisha|naubusan|naubos|خلص\S*|закончил\S*|кончил\S*|skończył\S*|закінчил\S*",
)
PHARMACY_SHUT = folded_alternatives(
    r"farmashiy\S* (\S+ )?(waa |wuu |way )?xiran|apotheke (hat |ist )?(zu|geschlossen)",
    r"farmácia (está |tá )?fechada|(nhà|hiệu) thuốc (\S+ )?đóng cửa|eczane(ler)? kapalı",
    r"duka la dawa (\S+ )?limefungwa|sarado (ang )?botika|الصيدلية (\S+ )?(مسكرة|مسكره|مقفلة|مقفله|مغلقة)",
    r"аптека (\S+ )?(закрыта|зачинена)|apteka (jest )?zamknięta",
)
_MEDICINE_OUT = MEDICINE + MEDICINE_GONE + PHARMACY_SHUT
# an ordinary day, one is well and just back from work: "waan fiicanahay, shaqada ayaan ka soo laabtay"
WELL = folded_alternatives(
    r"waan (fiicanahay|fiicnahay|fiicanahey|ladanahay)|niko (salama|poa|sawa)|mir geht('s| es)? gut|"
    r"(tôi|em|mình) ổn|ደህና ነኝ|(أنا|انا) بخير|我(很|挺)好|(ayos|okay|ok) lang ako|iyiyim|(estou|tô) bem",
    r"czuję się dobrze|(я|у меня) (в порядке|всё хорошо|все хорошо)",
)
BACK_HOME = folded_alternatives(
    r"shaqada (\S+ ){0,2}(ka )?(soo )?(laabtay|noqday|imid)|guriga (\S+ ){0,2}(imid|soo laabtay)",
    r"nimetoka kazini|nimerudi (nyumbani|kutoka kazini)|von der arbeit (zurück|gekommen)|nach hause gekommen",
    r"(vừa|mới) (đi làm về|về nhà|tan làm)|ከስራ (\S+ )?ተመለስኩ|(رجعت|وصلت) (من الشغل|عالبيت|للبيت|عالبيت)",
    r"(刚|剛)(下班|到家|回家)|kauuwi ko lang|işten (yeni )?geldim|(voltei|cheguei) do trabalho",
    r"wróciłe?m z pracy|wróciłam z pracy|(вернулся|вернулась|пришёл|пришла) с работы",
)
# an absence with its reason: "ich bin morgen nicht bei der Arbeit, ich gehe zum Arzt"
ABSENT = folded_alternatives(
    r"nicht bei der arbeit|niet op (mijn|m n) werk|non sarò al lavoro|não vou trabalhar",
    # Polish, either word order; the SMS "w" is read as "with" ("w/"): "jutro mnie nie będzie w pracy"
    r"(nie będzie mnie|mnie nie będzie) (w|with) pracy",
    r"nu vin la muncă|işe gelmeyeceğim|sitakuwa kazini|ما رح (كون|اكون) (بالشغل|في الشغل)|سر کار نمیام",
    r"काम पर नहीं आ\S*|không đi làm|不去上班|출근 못|仕事を休み|hindi ako papasok|мене не буде на роботі",
    r"меня не будет на работе|δεν θα είμαι στη δουλειά|(mwen )?p ap travay",
)
REASON = folded_alternatives(
    r"zum arzt|naar de (dokter|huisarts|tandarts)|dal (medico|dottore|dentista)|do lekarza|ao médico",
    r"la (doctor|medic)|doktora|kwa daktari|عند الدكتور|للدكتور|عالدكتور|میرم دکتر|डॉक्टर के पास",
    r"khám bác sĩ|看(医生|醫生)|병원에|病院に|sa doktor|до лікаря|к врачу|στον γιατρό|kay doktè",
)

# fmt: off
ATLAS_URGENT = (
    Rule("the language matrix: asks for a call", "urgent", CALL_ME, other="urgent"),
    Rule("the language matrix: not coping", "urgent", NOT_COPING, other="urgent"),
    Rule("the language matrix: paranoia, the police reading one's phone", "urgent", POLICE + WATCHING,
         other=None, needs=2),
    Rule("the language matrix: no place to sleep in the cold", "urgent", NO_PLACE + COLD, other="urgent",
         needs=2),
    Rule("the language matrix: essential medicine run out", "urgent", ESSENTIAL + RUN_OUT, other="urgent",
         needs=2),
    Rule("the language matrix: one's medicine run out, the pharmacy closed", "urgent", _MEDICINE_OUT,
         other="urgent", needs=3),
    Rule("benign context: one's medicine run out, the pharmacy closed", "routine", _MEDICINE_OUT, other=None,
         needs=3),
    Rule("benign context: an urgent need told in a few words and nothing else", "routine", TOLD_ALONE,
         other=None),
    Rule("benign context: one is well, back from work or home", "routine", WELL + BACK_HOME, other=None,
         needs=2),
    Rule("benign context: an absence with its reason", "routine", ABSENT + REASON, other=None, needs=2),
)
# fmt: on
