"""The language matrix, veiled farewells (DOMAIN section 3): thanks for everything with a last message, with
no need to write any more, or with a goodbye to pass on; a goodbye passed on alone; and their ordinary
counterparts, which must stay below crisis: thanks for the texts with no ending, a last message that is only
the previous one, a greeting passed on. Each phrase was written for this file by meaning, not copied from a
blind batch or the labelled set.

Cells left out, as we are not sure enough of a plain phrasing: Cree-English mixes; a goodbye passed on in
Italian ("salutami ..." is an everyday greeting), Turkish, Swahili, Somali, Amharic, Tigrinya, Bengali,
Tamil, Gujarati and Punjabi; Somali, Tigrinya, Tamil and Gujarati thanks for the texts.
"""

from tests.support.triage_matrix import level_test, rules_test

FAREWELLS = {
    "a veiled farewell": {
        "German": [
            "Danke für alles. Das ist meine letzte Nachricht.",
            "danke für alles, ihr braucht mir nicht mehr zu schreiben",
        ],
        "Dutch": [
            "bedankt voor alles, dit is mijn laatste berichtje",
            "bedankt voor alles, jullie hoeven me niet meer te sms'en",
        ],
        "Italian": [
            "grazie di tutto. questo è il mio ultimo messaggio",
            "grazie di tutto, non dovete più scrivermi",
        ],
        "Polish": ["dziękuję za wszystko, to moja ostatnia wiadomość", "pożegnajcie ode mnie siostrę"],
        "Portuguese": [
            "obrigada por tudo. esta é a minha última mensagem",
            "obrigado por tudo, não precisam mais me escrever",
        ],
        "Romanian": ["mulțumesc pentru tot. acesta e ultimul meu mesaj"],
        "Turkish": [
            "her şey için teşekkürler. bu son mesajım",
            "her şey için teşekkür ederim, artık bana yazmanıza gerek yok",
            "her sey icin tesekkurler, bu son mesajim",
        ],
        "Swahili": ["asanteni kwa kila kitu. huu ni ujumbe wangu wa mwisho"],
        "Somali": ["mahadsanid wax walba. tani waa fariintayda ugu dambeysa"],
        "Amharic": ["ስለ ሁሉም ነገር አመሰግናለሁ። ይህ የመጨረሻ መልእክቴ ነው"],
        "Tigrinya": ["ኣብ ኩሉ የቐንየለይ። እዚ ናይ መወዳእታ መልእኽተይ እዩ"],
        "Arabic": ["شكرا على كل شيء. هذه آخر رسالة مني"],
        "Arabic in Latin letters": ["shukran 3ala kol shi, hay akher risale mni"],
        "Persian": ["ممنون بابت همه چیز. این آخرین پیام منه"],
        "Urdu": ["ہر چیز کے لیے شکریہ۔ یہ میرا آخری پیغام ہے"],
        "Hindi": [
            "सब कुछ के लिए धन्यवाद। यह मेरा आखिरी मैसेज है",
            "sab kuch ke liye shukriya, ye mera aakhri message hai",
        ],
        "Punjabi": [
            "ਸਭ ਕੁਝ ਲਈ ਧੰਨਵਾਦ। ਇਹ ਮੇਰਾ ਆਖਰੀ ਸੁਨੇਹਾ ਹੈ",
            "sab kuch layi shukriya, eh mera aakhri message aa",
        ],
        "Bengali": ["সব কিছুর জন্য ধন্যবাদ। এটাই আমার শেষ মেসেজ"],
        "Tamil": ["எல்லாவற்றிற்கும் நன்றி. இதுதான் என் கடைசி செய்தி"],
        "Gujarati": ["બધા માટે આભાર. આ મારો છેલ્લો મેસેજ છે"],
        "Vietnamese": ["cảm ơn mọi người vì tất cả. đây là tin nhắn cuối cùng của tôi"],
        "Chinese (simplified)": ["谢谢你们做的一切。这是我最后一条短信"],
        "Chinese (traditional)": ["謝謝你們做的一切。這是我最後一則訊息"],
        "Cantonese": ["多謝你哋所做嘅一切，呢個係我最後一個訊息"],
        "Korean": ["그동안 다 고마웠어요. 이게 마지막 문자예요"],
        "Japanese": ["今まで本当にありがとう。これが最後のメッセージです"],
        "Tagalog": ["salamat sa lahat. ito na ang huling mensahe ko"],
        "Ukrainian": ["дякую за все. це моє останнє повідомлення"],
        "Russian": [
            "спасибо за всё. это моё последнее сообщение",
            "передайте маме, что я её люблю. прощайте",
        ],
        "Greek": ["ευχαριστώ για όλα. αυτό είναι το τελευταίο μου μήνυμα"],
        "Haitian Creole": ["mèsi pou tout bagay. sa se dènye mesaj mwen"],
    },
    "a goodbye passed on": {
        "German": ["sagt meiner Mama Lebewohl von mir"],
        "Dutch": ["zeg mijn moeder vaarwel van mij"],
        "Portuguese": ["digam adeus à minha mãe por mim"],
        "Romanian": ["spuneți-i adio mamei din partea mea"],
        "Arabic": ["ودعولي امي"],
        "Persian": ["از طرف من با مامانم خداحافظی کنید"],
        "Urdu": ["میری طرف سے امی کو الوداع کہہ دینا"],
        "Hindi": ["मेरी तरफ से माँ को अलविदा कह देना"],
        "Vietnamese": ["hãy nói lời tạm biệt với mẹ giúp tôi"],
        "Chinese (simplified)": ["替我向妈妈告别"],
        "Chinese (traditional)": ["替我向媽媽告別"],
        "Korean": ["엄마한테 대신 작별 인사 전해 줘"],
        "Japanese": ["母に私の代わりにさよならを伝えてください"],
        "Tagalog": ["pakisabi kay mama paalam na"],
        "Ukrainian": ["попрощайтеся за мене з мамою"],
        "Russian": ["попрощайтесь за меня с мамой"],
        "Greek": ["πείτε αντίο στη μητέρα μου εκ μέρους μου"],
        "Haitian Creole": ["di manman m orevwa pou mwen"],
    },
    "thanks for everything, no need to write any more": {
        "Vietnamese": ["cảm ơn vì tất cả, không cần nhắn tin cho tôi nữa"],
        "Chinese (simplified)": ["谢谢你们做的一切，以后不用再给我发短信了"],
        "Russian": ["спасибо за всё. больше не нужно мне писать"],
        "Ukrainian": ["дякую за все. більше не треба мені писати"],
        "Arabic": ["شكرا على كل شي، ما في داعي تبعتولي بعد اليوم"],
        "Hindi": ["sab kuch ke liye shukriya, ab mujhe message karne ki zarurat nahi"],
        "Korean": ["그동안 고마웠어요. 이제 문자 안 보내셔도 돼요"],
        "Japanese": ["今までありがとう。もうメッセージは送らなくて大丈夫です"],
        "Tagalog": ["salamat sa lahat. hindi niyo na ako kailangang i-text"],
        "Greek": ["ευχαριστώ για όλα. δεν χρειάζεται να μου ξαναστείλετε"],
        "Haitian Creole": ["mèsi pou tout bagay. nou pa bezwen ekri m ankò"],
        "Persian": ["ممنون بابت همه چیز. دیگه لازم نیست بهم پیام بدید"],
        "Swahili": ["asanteni kwa kila kitu. hamhitaji kuniandikia tena"],
    },
}
ORDINARY = {
    "thanks for the texts, no ending": {
        "German": ["danke für die Nachrichten, sie helfen mir sehr"],
        "Dutch": ["bedankt voor de berichtjes, ze helpen echt"],
        "Italian": ["grazie per i messaggi, mi fanno bene"],
        "Polish": ["dziękuję za wiadomości, bardzo mi pomagają"],
        "Portuguese": ["obrigada pelas mensagens, me ajudam muito"],
        "Romanian": ["mulțumesc pentru mesaje, mă ajută mult"],
        "Turkish": ["mesajlarınız için teşekkürler, çok iyi geliyor"],
        "Swahili": ["asante kwa ujumbe, unanisaidia sana"],
        "Arabic": ["شكرا على الرسائل، بتساعدني كتير"],
        "Persian": ["ممنون بابت پیام‌ها، خیلی کمکم می‌کنه"],
        "Hindi": ["मैसेज के लिए धन्यवाद, बहुत मदद मिलती है"],
        "Vietnamese": ["cảm ơn vì những tin nhắn, chúng giúp tôi nhiều lắm"],
        "Chinese (simplified)": ["谢谢你们的短信，对我很有帮助"],
        "Korean": ["문자 보내주셔서 감사해요, 많이 도움이 돼요"],
        "Japanese": ["メッセージありがとうございます。とても助かっています"],
        "Tagalog": ["salamat sa mga text, malaking tulong sa akin"],
        "Ukrainian": ["дякую за повідомлення, вони мені дуже допомагають"],
        "Russian": ["спасибо за сообщения, они мне очень помогают"],
        "Greek": ["ευχαριστώ για τα μηνύματα, με βοηθούν πολύ"],
        "Haitian Creole": ["mèsi pou mesaj yo, yo ede m anpil"],
    },
    "a last message that is only the previous one": {
        "German": ["sorry, ich habe deine letzte Nachricht nicht gesehen"],
        "Dutch": ["sorry, ik had je laatste bericht niet gezien"],
        "Portuguese": ["desculpa, não vi a sua última mensagem"],
        "Turkish": ["pardon, son mesajınızı görmedim"],
        "Russian": ["извините, не видела ваше последнее сообщение"],
        "Chinese (simplified)": ["不好意思，没看到你们上一条短信"],
    },
    "a greeting passed on": {
        "German": ["grüß deine Mutter von mir"],
        "Portuguese": ["manda um beijo pra sua mãe por mim"],
        "Russian": ["передай привет маме"],
        "Chinese (simplified)": ["替我向你妈妈问好"],
        "Arabic": ["سلملي على امك"],
        "Hindi": ["मेरी तरफ से माँ को नमस्ते कहना"],
        "Tagalog": ["pakisabi kay mama hello"],
    },
}

test_each_farewell_holds_its_level = level_test("crisis", FAREWELLS)
test_rules_alone_read_each_farewell = rules_test("crisis", FAREWELLS)
test_each_ordinary_cell_holds_its_level = level_test("routine", ORDINARY)
