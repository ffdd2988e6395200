"""The language matrix's others at risk and voices (DOMAIN section 3), filled where the matrix found them
unread (`tests/unit/test_triage_languages_matrix_others.py`): someone else in danger now, at a height and
saying they will jump, having taken something and not waking, or having said goodbye and not answering
(the answer leads with 911); and voices telling one to hurt or kill oneself or someone, in the languages of
the matrix.

Each cue alone is ordinary (a roof, a jump, a drink, a deep sleep, a goodbye, a missed call, a vote), so
each rule needs two cues (`needs=2`). Same conventions as `triage.rules.common`; patterns in other scripts
are folded as the text is (`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_alternatives
from textsupport.triage.rules.common import Rule

# at a height, saying they will jump: "mein Sohn steht auf dem Dach und sagt, er springt"
AT_HEIGHT = folded_alternatives(
    r"auf (dem|das) dach|auf der brücke|op het dak|op de brug|sul tetto|sul ponte|na dachu|na moście",
    r"no telhado|na ponte|na laje|pe acoperiș|pe pod|çatıda|köprüde|juu ya (paa|daraja)|darajani",
    r"(على|ع) (السطح|الجسر)|عالسطح|(روی|رو|بالای) (پشت ?بوم\S*|پشت‌بوم\S*|پل)|(چھت|پل) پر|(छत|पुल) पर|ছাদে|"
    r"ব্রিজে",
    r"trên (mái nhà|sân thượng|cầu|nóc nhà)|(楼顶|樓頂|天台|顶楼|頂樓|桥上|橋上)|屋上|橋の上",
    r"(nasa|sa) (bubong|tulay|rooftop)|на (даху|крыше|мосту)|στην ταράτσα|στη γέφυρα|sou (tèt|do) kay la|"
    r"sou pon an",
) + folded_alternatives(
    r"(er |sie )?(springt|wird springen|will springen)|(gaat|wil) springen|si (vuole )?butta|vuole saltare|"
    r"(chce )?skoczy(ć)?",
    r"vai (pular|se jogar)|quer pular|(va |o să |vrea să )?(sare|sară)|atlayacağını|atlayacak|"
    r"atlamak isti\w+",
    r"atajirusha|ataruka|anataka (kuruka|kujirusha)",
    r"(رح|راح|سوف|ح|بدو|بدها) (ينط|يقفز|تنط|تقفز)|سيقفز|ستقفز|می[‌ ]?پره|میخواد بپره|چھلانگ لگا\S*|کود جا\S*",
    r"कूद (जाएगा|जाएगी|जाएँगे)|छलांग लगा\S*|লাফ (দেবে|দিবে)",
    r"(sẽ|định|muốn) nhảy|(要|想|会|會)(跳|跳下去|跳楼|跳樓|跳落去)|飛び降り(る|たい|よう)",
    r"tatalon|(стрибне|хоче стрибнути|прыгнет|хочет прыгнуть|спрыгнет)|θα πηδήξει|(l ap|li pral|li vle) sote",
)
# something taken, and not waking: "sie hat etwas genommen und wacht nicht auf"
NOT_WAKING = folded_alternatives(
    r"(etwas|was|irgendwas|tabletten) (genommen|geschluckt)|iets (ingenomen|geslikt|genomen)",
    r"(ha preso|ha ingoiato) qualcosa|(wzięła|wziął|połknęła|połknął) coś|(tomou|engoliu) (alguma coisa|"
    r"algo)",
    r"a (luat|înghițit) ceva|bir şey (içti|yuttu|aldı)|(amekunywa|amemeza) (kitu|dawa)",
    r"(أخذت|أخذ|اخدت|اخد|بلع|بلعت) (شيئا|شي|شيء|اشي|حاجة|حبوب)|(یه )?چیزی (خورده|خورد)|कुछ (खा|पी) (लिया|ली)",
    r"(uống|nuốt) (gì đó|cái gì đó|thứ gì)|(吃|喝|吞)了(什么|什麼|一些|些)?(东西|東西)|食咗啲(嘢|藥)",
    r"뭘 먹고|뭔가 먹(었|고)|何か(を)?(飲|の)んで|may (ininom|nilunok)",
    r"щось (випила|випив|прийняла|прийняв|ковтнула)|что то (выпила|выпил|приняла|принял|проглотила)",
    r"(πήρε|ήπιε|κατάπιε) κάτι|(bwè|pran|vale) yon bagay",
) + folded_alternatives(
    r"wacht nicht (mehr )?auf|wordt niet (meer )?wakker|non si sveglia|nie (mogę|moge) (jej|go) obudzić|"
    r"nie budzi się",
    r"não acorda|nu se trezește|nu (o|îl) pot trezi|uyanmıyor|uyandıramıyorum|haamki|siwezi kumwamsha",
    r"(لا|ما|مش) (تستيقظ|يستيقظ|بتصحى|بيصحى|تصحى|يصحى)|بیدار نمی[‌ ]?شه|(उठ|जाग) नहीं (रही|रहा)",
    r"không tỉnh (dậy|lại)|叫不醒|叫唔醒|醒不过来|醒不過來|깨어나지 않|안 깨어나|起きない|目を覚まさない",
    r"hindi magising|не прокидається|не просыпается|δεν ξυπνά(ει)?|li pa (ka )?leve",
)
# a goodbye sent, and no answer: "meine Freundin hat sich verabschiedet und geht nicht mehr ans Telefon"
GOODBYE_SENT = folded_alternatives(
    r"hat sich verabschiedet|abschiedsnachricht|abschiedsbrief|afscheidsbericht|afscheidsbrief",
    r"heeft afscheid genomen|(mi )?ha scritto addio|messaggio di addio|lettera di addio",
    r"(napisała|napisał) (mi )?pożegnanie|pożegnalną wiadomość|pożegnalny list|pożegnała się|pożegnał się",
    r"mensagem de despedida|carta de despedida|se despediu|mesaj de adio|scrisoare de adio|veda (mesajı|"
    r"mektubu)",
    r"رسالة وداع|پیام خداحافظی|الوداعی (میسج|پیغام)|अलविदा का (मैसेज|संदेश)",
    r"(nhắn )?tin( nhắn)? (từ biệt|vĩnh biệt)|(告别|告別)的(短信|信息|訊息|消息)|작별 (문자|메시지)",
    r"お別れのメッセージ|nagpaalam|прощальне повідомлення|прощальное сообщение|прощальную записку",
    r"μήνυμα αποχαιρετισμού|mesaj orevwa",
)
NO_ANSWER = folded_alternatives(
    r"geht nicht (mehr )?ans telefon|nimmt nicht (mehr )?ab|ist nicht (mehr )?erreichbar",
    r"neemt niet (meer )?op|niet (meer )?bereikbaar|non risponde|nie odbiera|não atende|nu răspunde",
    r"telefonu açmıyor|(ما|مش) (عم )?(يرد|ترد|بيرد|بترد)|جواب (\S+ )?نمیده|فون نہیں اٹھا (رہا|رہی)",
    r"फोन नहीं उठा (रहा|रही)|không nghe máy|不接(电话|電話)|唔聽電話|전화를? 안 받아|電話に出ない",
    r"hindi (na )?sumasagot|не бере трубку|не берет трубку|δεν σηκώνει|li pa reponn",
)
# voices, telling one to hurt or kill oneself or someone: "die Stimmen sagen mir, ich soll mich umbringen"
VOICES = folded_alternatives(
    r"(die )?stimmen|(de )?stemmen|le voci|głosy|(as )?vozes|vocile|sesler|sauti|(những )?giọng nói",
    r"(有|那些|啲)(声音|聲音|聲)|목소리가|声が|(mga )?boses|голоси|голоса|(οι )?φωνές|vwa yo",
) + folded_alternatives(
    r"umbringen|umzubringen|töten|zu verletzen|verletzen|pijn (moet )?doen|(mezelf )?doden|farmi del male|"
    r"uccider\w*|ammazzar\w*",
    r"(się )?zabić|skrzywdzić|(me )?machucar|(me )?matar|să (mă )?omor|să (mă )?sinucid|öldürmemi|"
    r"zarar vermemi|nijiue|niue",
    r"tự tử|tự sát|giết|去死|(伤害|傷害)(自己)?|死ね|殺せ|죽으라|죽여|patayin|saktan",
    r"вбити|убить|навредить|зашкодити|σκοτωθώ|να σκοτώσω|touye",
)

# fmt: off
ATLAS_OTHERS = (
    Rule("the language matrix: someone at a height, saying they will jump", "crisis", AT_HEIGHT,
         other="crisis", needs=2, emergency=True),
    Rule("the language matrix: someone took something and will not wake", "crisis", NOT_WAKING,
         other="crisis", needs=2, emergency=True),
    Rule("the language matrix: someone said goodbye and does not answer", "crisis", GOODBYE_SENT + NO_ANSWER,
         other="crisis", needs=2, emergency=True),
    Rule("the language matrix: voices telling one to harm", "crisis", VOICES, other="crisis", needs=2),
)
# fmt: on
