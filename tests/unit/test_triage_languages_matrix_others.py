"""The language matrix, others at risk and voices (DOMAIN section 3): someone else in danger now (on a roof
saying they will jump; something taken, and they will not wake; a goodbye sent, and no answer), and voices
telling one to hurt oneself or someone. Each phrase was written for this file by meaning, not copied from a
blind batch or the labelled set.

Cells left out, as we are not sure enough of a plain phrasing: Cree-English mixes; Somali, Amharic, Tigrinya,
Tamil, Gujarati and Punjabi (both scripts) for both concepts; Bengali and Urdu for one who will not wake;
Swahili, Bengali and Cantonese for a goodbye and no answer.
"""

from tests.support.triage_matrix import level_test, rules_test

CONCEPTS = {
    "someone else in danger now": {
        "German": [
            "mein Sohn steht auf dem Dach und sagt, er springt",
            "sie hat etwas genommen und wacht nicht auf",
        ],
        "Dutch": [
            "mijn zoon staat op het dak en zegt dat hij gaat springen",
            "ze heeft iets ingenomen en wordt niet wakker",
        ],
        "Italian": ["mio figlio è sul tetto e dice che si butta", "ha preso qualcosa e non si sveglia"],
        "Polish": [
            "mój syn jest na dachu i mówi, że skoczy",
            "wzięła coś i nie mogę jej obudzić",
            "wziela cos i nie moge jej obudzic",
        ],
        "Portuguese": [
            "meu filho está no telhado e diz que vai pular",
            "ela tomou alguma coisa e não acorda",
        ],
        "Romanian": ["fiul meu e pe acoperiș și spune că sare", "a luat ceva și nu se trezește"],
        "Turkish": [
            "oğlum çatıda, atlayacağını söylüyor",
            "bir şey içti ve uyanmıyor",
            "oglum catida, atlayacagini soyluyor",
            "bir sey icti ve uyanmiyor",
        ],
        "Swahili": ["mwanangu yuko juu ya paa anasema atajirusha", "amekunywa kitu na haamki"],
        "Arabic": ["ابني على السطح وبيقول رح ينط", "أخذت شيئا ولا تستيقظ"],
        "Persian": ["پسرم روی پشت بومه و میگه می‌پره", "یه چیزی خورده و بیدار نمیشه"],
        "Urdu": ["میرا بیٹا چھت پر ہے اور کہہ رہا ہے کہ چھلانگ لگا دے گا"],
        "Hindi": ["मेरा बेटा छत पर है और कह रहा है कि कूद जाएगा", "उसने कुछ खा लिया है और उठ नहीं रही"],
        "Bengali": ["আমার ছেলে ছাদে, বলছে লাফ দেবে"],
        "Vietnamese": [
            "con trai tôi đang ở trên mái nhà và nói sẽ nhảy xuống",
            "cô ấy uống gì đó và không tỉnh dậy",
            "co ay uong gi do va khong tinh day",
        ],
        "Chinese (simplified)": ["我儿子在楼顶说要跳下去", "她吃了什么东西，叫不醒"],
        "Chinese (traditional)": ["我兒子在樓頂說要跳下去"],
        "Cantonese": ["我個仔喺天台話要跳落去", "佢食咗啲嘢，叫唔醒"],
        "Korean": ["아들이 옥상에서 뛰어내린다고 해요", "그녀가 뭘 먹고 깨어나지 않아요"],
        "Japanese": ["息子が屋上にいて飛び降りると言っています", "彼女が何か飲んで起きない"],
        "Tagalog": ["nasa bubong ang anak ko at sabi niya tatalon siya", "may ininom siya at hindi magising"],
        "Ukrainian": ["мій син на даху і каже, що стрибне", "вона щось випила і не прокидається"],
        "Russian": ["мой сын на крыше и говорит, что прыгнет", "она что-то выпила и не просыпается"],
        "Greek": ["ο γιος μου είναι στην ταράτσα και λέει ότι θα πηδήξει", "πήρε κάτι και δεν ξυπνάει"],
        "Haitian Creole": ["pitit gason m sou tèt kay la e li di l ap sote", "li bwè yon bagay e li pa leve"],
    },
    "someone else said goodbye and does not answer": {
        "German": ["meine Freundin hat sich verabschiedet und geht nicht mehr ans Telefon"],
        "Dutch": ["mijn vriend stuurde een afscheidsbericht en neemt niet meer op"],
        "Italian": ["la mia amica mi ha scritto addio e non risponde più al telefono"],
        "Polish": ["przyjaciółka napisała mi pożegnanie i nie odbiera telefonu"],
        "Portuguese": ["minha amiga mandou uma mensagem de despedida e não atende o telefone"],
        "Romanian": ["prietena mea mi-a scris un mesaj de adio și nu răspunde la telefon"],
        "Turkish": [
            "arkadaşım veda mesajı attı ve telefonu açmıyor",
            "arkadasim veda mesaji atti ve telefonu acmiyor",
        ],
        "Arabic": ["صديقي بعتلي رسالة وداع وما عم يرد على التلفون"],
        "Persian": ["دوستم پیام خداحافظی فرستاده و جواب تلفنشو نمیده"],
        "Urdu": ["میرے دوست نے الوداعی میسج بھیجا ہے اور فون نہیں اٹھا رہا"],
        "Hindi": ["मेरे दोस्त ने अलविदा का मैसेज भेजा और फोन नहीं उठा रहा"],
        "Vietnamese": ["bạn tôi nhắn tin từ biệt rồi không nghe máy"],
        "Chinese (simplified)": ["我朋友发了告别的短信，现在不接电话"],
        "Chinese (traditional)": ["我朋友發了告別的訊息，現在不接電話"],
        "Korean": ["친구가 작별 문자를 보내고 전화를 안 받아요"],
        "Japanese": ["友達がお別れのメッセージを送ってきて電話に出ない"],
        "Tagalog": ["nagpaalam ang kaibigan ko sa text at hindi na sumasagot sa tawag"],
        "Ukrainian": ["подруга написала прощальне повідомлення і не бере трубку"],
        "Russian": ["подруга написала прощальное сообщение и не берёт трубку"],
        "Greek": ["ο φίλος μου έστειλε μήνυμα αποχαιρετισμού και δεν σηκώνει το τηλέφωνο"],
        "Haitian Creole": ["zanmi m voye yon mesaj orevwa e li pa reponn telefòn"],
    },
    "voices telling one to hurt oneself or someone": {
        "German": [
            "die Stimmen sagen mir, ich soll mich umbringen",
            "die Stimmen befehlen mir, meine Mutter zu verletzen",
        ],
        "Dutch": ["de stemmen zeggen dat ik mezelf pijn moet doen"],
        "Italian": ["le voci mi dicono di farmi del male"],
        "Polish": ["głosy każą mi się zabić"],
        "Portuguese": ["as vozes mandam eu me machucar"],
        "Romanian": ["vocile îmi spun să mă omor"],
        "Turkish": ["sesler bana kendimi öldürmemi söylüyor", "sesler bana kendimi oldurmemi soyluyor"],
        "Swahili": ["sauti zinaniambia nijiue"],
        "Arabic": ["الأصوات تقول لي أن أقتل نفسي"],
        "Persian": ["صداها بهم میگن خودمو بکشم"],
        "Urdu": ["آوازیں کہتی ہیں کہ خود کو مار دوں"],
        "Hindi": ["आवाज़ें कहती हैं कि खुद को मार डालूँ"],
        "Vietnamese": ["những giọng nói bảo tôi tự tử"],
        "Chinese (simplified)": ["有声音叫我去死", "那些声音叫我伤害自己"],
        "Chinese (traditional)": ["那些聲音叫我傷害自己"],
        "Cantonese": ["啲聲叫我去死"],
        "Korean": ["목소리가 나한테 죽으라고 해요"],
        "Japanese": ["声が死ねと言ってくる"],
        "Tagalog": ["may mga boses na nagsasabing patayin ko ang sarili ko"],
        "Ukrainian": ["голоси кажуть мені вбити себе"],
        "Russian": ["голоса говорят мне убить себя"],
        "Greek": ["οι φωνές μου λένε να σκοτωθώ"],
        "Haitian Creole": ["vwa yo di m touye tèt mwen"],
    },
}

test_each_cell_holds_its_level = level_test("crisis", CONCEPTS)
test_rules_alone_read_each_cell = rules_test("crisis", CONCEPTS)
