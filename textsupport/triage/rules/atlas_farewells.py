"""The language matrix's veiled farewells (DOMAIN section 3), filled where the matrix found them unread
(`tests/unit/test_triage_languages_matrix_farewells.py`): thanks for everything beside one's last message or
no need to write any more, in each language of the matrix; a goodbye passed on ("say goodbye to my mother for
me"), love passed on with a farewell (Russian, Ukrainian). And their ordinary counterparts: thanks for the
texts, which help, and a greeting passed on ("say hi to your mum for me") are benign contexts the model then
needs its guarded confidence to read past.

Each cue of thanks alone is ordinary ("thanks for everything" after a visit; "your last message"), so that
farewell needs both (`needs=2`), and the last message is one's own ("my last message"), never the previous
one of ours; a goodbye passed on names a farewell word ("Lebewohl", "adieu", "告别"), never a greeting.
Same conventions as `triage.rules.common`; patterns in other scripts are folded as the text is
(`folding.folded_pattern`).
"""

from __future__ import annotations

from textsupport.triage.folding import folded_alternatives
from textsupport.triage.rules.common import Rule

# thanks for everything: "danke für alles", "dziękuję za wszystko", "谢谢你们做的一切"
THANKS_ALL = folded_alternatives(
    r"danke (\w+ )?für alles|bedankt (\w+ )?voor alles|dank (je|jullie|u) (wel )?voor alles|grazie (di|"
    r"per) tutto",
    r"dziękuję (wam |ci )?za wszystko|obrigad[oa] (\w+ )?por tudo|mulțumesc (\w+ )?pentru tot(ul)?",
    r"her şey için (çok )?(teşekkür\w*|sağ ol\w*)|asante(ni)? (sana )?kwa kila kitu|mahadsanid wax walba",
    r"ስለ ሁሉም ነገር (\S+ )?አመሰግናለሁ|(ኣብ ኩሉ|ንኹሉ ነገር) (\S+ )?የቐንየለይ",
    r"شكرا (\S+ )?(على|ع) (كل شي|كل شيء|كلشي)|(shukran|shokran|merci) (3ala|3a|ala) (kol|kul|kell) (shi|shy|"
    r"she2)",
    r"(ممنون|مرسی|متشکرم) (\S+ )?(بابت|برای) همه (چیز|چی)|(ہر چیز|سب کچھ) کے (لیے|لئے) (\S+ )?شکریہ",
    r"(सब कुछ|हर चीज़) के लिए (\S+ )?(धन्यवाद|शुक्रिया)|"
    r"sab (kuch|kuchh) (ke liye|ke lie|layi|lai|laee) (\w+ )?(shukriya|dhanyavaad|dhanyawad|thanks)",
    r"ਸਭ ਕੁਝ (ਲਈ|ਵਾਸਤੇ) (\S+ )?ਧੰਨਵਾਦ|সব কিছুর (জন্য|জন্যে) (\S+ )?ধন্যবাদ|எல்லாவற்றிற்கும் (\S+ )?நன்றி|"
    r"(બધા|બધું) માટે (\S+ )?આભાર",
    r"cảm ơn (\S+ ){0,3}(vì|về) (tất cả|mọi thứ|mọi điều)",
    r"(谢谢|謝謝|感谢|感謝|多謝|多谢)(你们|你們|你哋|你|大家)?(为我|為我)?(所)?(做的|做嘅)一切",
    r"그동안 (다 |모두 |정말 )?(고마웠|감사했)\S*|今まで(本当に|ほんとうに)?(ありがとう|お世話になりました)",
    r"salamat (\w+ )?sa lahat|(дякую|спасибо) (вам |тобі |тебе )?за (все|усе|всё)|ευχαριστώ (\S+ )?για όλα|"
    r"mèsi (\w+ )?pou tout (bagay|sa)",
) + folded_alternatives(
    # one's own last message, or no need to write to one any more
    r"(das|dies) ist meine letzte nachricht|(ihr|du|sie) (müsst|musst|müssen|braucht|brauchst|brauchen) mir "
    r"nicht mehr (zu )?schreiben",
    r"dit is mijn laatste (bericht|berichtje|sms)|(jullie|je|u) (hoeven|hoeft|hoef) me niet meer te (sms en|"
    r"sms|"
    r"schrijven|berichten|appen)",
    r"(questo )?è il mio ultimo messaggio|non (dovete|devi|deve) più scrivermi",
    r"to (jest )?moja ostatnia wiadomość|nie (musicie|musisz) (już )?(do mnie )?pisać",
    r"(esta|essa) é a minha última mensagem|não (precisam|precisa|precisas) mais (me )?(escrever|"
    r"mandar mensage\w+)",
    r"(acesta|asta) (e|este) ultimul meu mesaj|nu mai (trebuie|e nevoie) să (îmi|mi) (mai )?scrieți",
    r"bu (benim )?son mesajım|bana (yazmanıza|yazmana|mesaj atmanıza) gerek yok",
    r"((huu|hii) ni )?ujumbe wangu wa mwisho|fariintayda ugu dambeysa|fariintaydii ugu dambeysay",
    r"(የመጨረሻ|የመጨረሻው) መልእክቴ|ናይ መወዳእታ መልእኽተይ",
    # a greeting to one's own mother passed on: "ንኣደይ ሰላም በሉለይ", "ለእናቴ ሰላም በሉልኝ"
    r"ንኣደይ (\S+ )?ሰላም (በሉለይ|በልዋ)|ለእናቴ (\S+ )?ሰላም (በሉልኝ|በሉ)",
    r"آخر رسالة (مني|مِني|لي)|رسالتي الأخيرة|(akher|a5er|aa5er|akhir) (risale|resale|risala) (mni|menni|"
    r"minni)",
    r"آخرین پیام (منه|من است|من)|میرا آخری (پیغام|میسج)",
    r"मेरा (आखिरी|आख़िरी|अंतिम) (मैसेज|संदेश)|ਮੇਰਾ (ਆਖਰੀ|ਆਖ਼ਰੀ) (ਸੁਨੇਹਾ|ਮੈਸੇਜ)|"
    r"mera (aakhri|aakhiri|akhri|aakhari|aakhree|last) (message|msg|sandesh|suneha)",
    r"আমার শেষ (মেসেজ|বার্তা)|என் கடைசி (செய்தி|மெசேஜ்)|મારો છેલ્લો (મેસેજ|સંદેશ)",
    r"tin nhắn cuối cùng của (tôi|em|mình|anh|chị)|đây là tin nhắn cuối cùng",
    r"(这|這|呢个|呢個)(是|係)?我(最后|最後)(一条|一條|一則|一则|一個|一个)?(短信|信息|訊息|消息)",
    r"(이게|이것이|이번이) 마지막 (문자|메시지|연락)|(これが|これで)最後の(メッセージ|連絡|メール)",
    r"ito na ang huling (mensahe|text) ko|(це )?моє останнє повідомлення|(это )?моё последнее сообщение|"
    r"το τελευταίο μου μήνυμα|dènye mesaj (mwen|m)",
    # no need to write any more: "больше не нужно мне писать", "不用再给我发短信了"
    r"không cần nhắn tin cho (tôi|em|mình) nữa|(以后|以後)?不用再(给|給)我(发|發)(短信|信息|訊息|消息)",
    r"больше не нужно (мне )?писать|не нужно мне больше писать|більше не треба (мені )?писати",
    r"ما في داعي (تبعتولي|تبعتلي|تراسلوني)|(ab )?mujhe message karne ki (zarurat|zaroorat) nahi",
    r"(이제 )?문자 안 보내셔도 (돼|되)|もうメッセージは送らなくて(大丈夫|いい)",
    r"hindi (niyo|nyo|mo) na ako kailangang (i text|itext|tawagan)",
    r"δεν χρειάζεται να μου (ξαναστείλετε|ξαναγράψετε|γράψετε)|(nou|ou) pa bezwen ekri m ankò",
    r"(دیگه )?لازم نیست (بهم|به من) پیام (بدید|بدین)|(hamhitaji|hakuna haja ya) kuniandikia tena",
)
# a goodbye passed on: "pożegnajcie ode mnie mamę"
GOODBYE_PASSED_ON = folded_alternatives(
    r"pożegnajcie (\w+ )?(ode mnie|za mnie)|pożegnaj (\w+ )?ode mnie|(sagt|sag) (\w+ ){0,3}lebewohl von mir",
    r"zeg (\w+ ){0,3}vaarwel (van|namens) mij|(digam|diga|diz) adeus (\w+ ){0,3}por mim",
    r"spune(ți)? i adio (\w+ ){0,2}din partea mea|ودعولي|ودعيلي|از طرف من (\S+ ){0,3}خداحافظی (کنید|کن)",
    r"میری طرف سے (\S+ ){0,3}الوداع کہہ (دینا|دیں|دو)|मेरी तरफ (से )?(\S+ ){0,3}अलविदा कह (देना|दें|दो)",
    r"nói lời tạm biệt (\S+ ){1,3}giúp (tôi|em|mình)|thay (tôi|em|mình) (nói lời )?tạm biệt",
    r"(替|代)我(向|跟|和)\S{1,4}(告别|告別|道别|道別|永别|永別)|대신 작별 인사|の代わりにさよなら",
    r"pakisabi (kay|sa) \w+ (na )?paalam|попрощайтеся за мене|попрощайся за мене|попрощайтесь за меня",
    r"попрощайся за меня|πείτε αντίο (\S+ ){0,3}εκ μέρους μου|di (\w+ ){1,3}orevwa pou (mwen|m)",
)
# a greeting passed on, not a goodbye: "manda um beijo pra sua mãe por mim", "передай привет маме"
GREETING_PASSED_ON = folded_alternatives(
    r"(grüß|grüße|grüßt) (\w+ ){0,3}von mir|manda (um )?(beijo|abraço)|передай(те)? привет|передавай привет",
    r"(向|跟)\S{1,4}(问好|問好)|(سلملي|سلّملي|سلميلي) على|नमस्ते (कहना|कह देना)|pakisabi (kay|sa) \w+ (hello|hi)",
)
# love passed on with a farewell: "передайте маме, что я её люблю. прощайте"
LOVE_AND_FAREWELL = folded_alternatives(
    r"(передайте|передай|скажите|скажи|скажіть|передайте) (\S+ ){0,3}(что|що) я (\S+ )?(люблю|любила|любил|"
    r"кохаю)",
) + folded_alternatives(r"прощайте|прощавайте|не поминайте лихом|не згадуйте лихом")
# thanks for the texts, which help: "danke für die Nachrichten, sie helfen mir sehr"
TEXTS_HELP = folded_alternatives(
    r"(danke|bedankt|grazie|dziękuję|obrigad[oa]|mulțumesc|teşekkür\w*|asante|شكرا|ممنون|धन्यवाद|cảm ơn|谢谢|"
    r"謝謝|"
    r"감사|ありがとう|salamat|дякую|спасибо|ευχαριστώ|mèsi)",
) + folded_alternatives(
    r"(sie|die) helfen mir|ze helpen|mi fanno bene|mi aiutano|(mi )?pomagają( mi)?|me ajudam|mă ajută|"
    r"iyi geliyor|(u|zi)nanisaidia|(ب)?تساعدني|کمکم می|मदद मिलती|giúp (tôi|em|mình)|"
    r"(对我|對我)(很|挺|非常)?(有帮助|有幫助)|"
    r"도움이 (돼|되)|助かって|(malaking )?tulong sa akin|допомагають|помогают|με βοηθ(ούν|άνε)|ede m",
)

# fmt: off
ATLAS_FAREWELLS = (
    Rule("the language matrix: thanks for everything, a last message", "crisis", THANKS_ALL, other=None,
         needs=2),
    Rule("the language matrix: a goodbye passed on", "crisis", GOODBYE_PASSED_ON, other=None),
    Rule("the language matrix: love passed on, a farewell", "crisis", LOVE_AND_FAREWELL, other=None, needs=2),
    Rule("benign context: thanks for the texts, they help", "routine", TEXTS_HELP, other=None, needs=2),
    Rule("benign context: a greeting passed on", "routine", GREETING_PASSED_ON, other=None),
)
# fmt: on
