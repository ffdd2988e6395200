"""The language matrix, what rounds 38-39 found unread outside English, French and Spanish (DOMAIN section 3):
a suicide note written, forgiveness asked for everything beside thanks or children entrusted, ambivalence
that does not rule it out ("not sure I won't do something stupid tonight"), a question about how many pills
kill; and their ordinary counterparts, which must stay below crisis: a legal will, forgiveness for a delay, an
ordinary doubt, a question about a dose, and suicide denied in Chinese and in Hindi typed in Latin letters.
Each phrase was written for this file by meaning, not copied from a blind batch or the labelled set.

Cells left out, as we are not sure enough of a plain phrasing: Japanese ambivalence ("what I will do tonight"
is also a plan not made); Amharic, Tigrinya, Somali, Swahili, Bengali,
Tamil, Gujarati and Punjabi notes and questions; Greek and Haitian Creole forgiveness; a farewell letter in
German, Dutch, Italian and Polish told alone (it is also a letter on leaving a job).
"""

from tests.support.triage_matrix import level_test, rules_test

CRISES = {
    "a suicide note written": {
        "Korean": ["유서도 써놨어요", "유서 다 써 뒀어", "어제 유서를 썼어요"],
        "Chinese (simplified)": ["我已经写好遗书了", "遗书我写好了"],
        "Chinese (traditional)": ["我已經寫好遺書了"],
        "Japanese": ["遺書を書きました", "もう遺書は書いてある"],
        "Vietnamese": ["em đã viết thư tuyệt mệnh rồi", "toi da viet thu tuyet menh"],
        "Russian": ["я написала предсмертную записку", "записку предсмертную уже написал"],
        "Ukrainian": ["я вже написала передсмертну записку"],
        "Hindi": ["मैंने सुसाइड नोट लिख लिया है", "maine suicide note likh liya hai"],
        "Portuguese": [
            "já escrevi as cartas. obrigado por tudo",
            "obrigada por tudo. deixei cartas pra todos",
        ],
        "Polish": ["napisałam list pożegnalny. dziękuję za wszystko"],
        "Turkish": ["intihar mektubumu yazdım", "veda mektubunu yazdım, her şey için teşekkürler"],
        "Greek": ["έγραψα το σημείωμα αυτοκτονίας"],
    },
    "forgiveness asked for everything": {
        "Arabic": ["سامحوني على كل شيء، وشكرا لكم", "سامحيني على كل شي. وصيت اختي على البنات"],
        "Arabic (Latin letters)": ["samhouni 3ala kol shi, shukran"],
        "Russian": ["простите меня за всё. спасибо вам"],
        "Ukrainian": ["пробачте мені за все. дякую вам"],
        "Portuguese": ["me perdoem por tudo. obrigada"],
        "German": ["verzeiht mir alles. danke"],
        "Polish": ["wybaczcie mi wszystko. dziękuję"],
        "Italian": ["perdonatemi per tutto. grazie"],
        "Persian": ["منو ببخشید برای همه چیز. ممنون"],
        "Urdu": ["mujhe har cheez ke liye maaf kar dena. shukriya"],
    },
    "thanks for everything, a greeting to one's own mother passed on": {
        "Tigrinya": ["ንኹሉ ነገር የቐንየለይ። ንኣደይ ሰላም በሉለይ።", "ኣብ ኩሉ የቐንየለይ፣ ንኣደይ ሰላም በሉለይ"],
        "Amharic": ["ስለ ሁሉም ነገር አመሰግናለሁ። ለእናቴ ሰላም በሉልኝ"],
    },
    "not sure one won't do something": {
        "Vietnamese": [
            "tôi không chắc mình sẽ không làm điều dại dột",
            "khong chac la em se khong lam gi dai dau",
        ],
        "Chinese (simplified)": ["我不确定今晚我不会做傻事", "我不敢保证我不会伤害自己"],
        "Russian": ["не уверена, что ничего с собой не сделаю"],
        "German": ["ich weiß nicht, ob ich mir heute nichts antue"],
        "Portuguese": [
            "não sei se não vou fazer uma besteira hoje",
            "não tenho certeza se não vou me machucar",
        ],
        "Polish": ["nie wiem, czy nie zrobię sobie dziś krzywdy"],
        "Korean": ["오늘 밤에 제가 무슨 짓을 할지 모르겠어요", "내가 무슨 짓을 저지를지 몰라"],
        "Arabic": ["ما بعرف إذا ما رح أأذي حالي الليلة"],
        "Hindi (Latin letters)": ["pata nahi aaj raat main khud ko nuksaan na pahuncha doon"],
        "Swahili": ["sijui kama sitajidhuru usiku huu"],
        "Turkish": ["bu gece kendime bir şey yapmayacağımdan emin değilim"],
    },
    "how many pills kill": {
        "Chinese (simplified)": ["一次吃一整瓶安眠药会死吗", "吃多少片安眠药会死"],
        "Korean": ["수면제 몇 알 먹으면 죽어요?", "수면제 한 통 다 먹으면 죽나요"],
        "Japanese": ["睡眠薬を何錠飲んだら死ねますか"],
        "Vietnamese": ["uống bao nhiêu viên thuốc ngủ thì chết", "uong ca lo thuoc ngu co chet khong"],
        "Russian": ["сколько таблеток снотворного нужно, чтобы умереть"],
        "German": ["wie viele Schlaftabletten braucht man um zu sterben"],
        "Portuguese": ["quantos comprimidos de paracetamol matam uma pessoa"],
        "Hindi": ["kitni neend ki goliyan khane se maut ho jati hai"],
    },
}
ORDINARY = {
    "a legal will, a letter on leaving": {
        "Korean": ["드라마에서 주인공이 유서를 쓰는 장면이 슬펐어요"],
        "Chinese (simplified)": ["我写好了遗嘱，律师说下周去公证"],
        "Japanese": ["父の遺言書を弁護士に預けた"],
        "Portuguese": ["já escrevi as cartas de apresentação, obrigada"],
    },
    "forgiveness for a delay": {
        "Arabic": ["سامحني على التأخير، شكرا"],
        "Russian": ["простите за опоздание, спасибо"],
        "Portuguese": ["me perdoem pela demora, obrigada"],
    },
    "an ordinary doubt": {
        "Vietnamese": ["em không chắc là em sẽ không quên lịch hẹn"],
        "Chinese (simplified)": ["我不确定我不会迟到"],
        "Korean": ["오늘 밤에 뭘 할지 모르겠어요, 영화나 볼까"],
        "Arabic": ["ما بعرف إذا رح اجي بكرا"],
        "Swahili": ["sijui kama nitakuja kesho"],
        "Turkish": ["bu gece dışarı çıkmayacağımdan emin değilim"],
    },
    "a question about a dose": {
        "Chinese (simplified)": ["安眠药一次吃几片？医生说一片"],
        "Korean": ["수면제 먹으면 내일 졸려요?"],
        "Vietnamese": ["thuốc ngủ uống mấy viên một ngày vậy"],
    },
    "suicide denied": {
        "Chinese (simplified)": ["我不是想自杀，只是工作太累了", "我没有想自杀，别担心"],
        "Hindi (Latin letters)": [
            "khudkushi jaisa kuch nahi soch rahi, bas thaki hoon",
            "main khudkushi ke baare mein nahi soch raha",
        ],
    },
}

test_each_crisis_holds_its_level = level_test("crisis", CRISES)
test_rules_alone_read_each_crisis = rules_test("crisis", CRISES)
test_each_ordinary_cell_holds_its_level = level_test("routine", ORDINARY)
