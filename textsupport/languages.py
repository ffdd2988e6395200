"""The languages a participant may read their texts in: pure, shared by enrolment and the bank."""

ENGLISH = "en"
LANGUAGES = (ENGLISH, "fr")  # participants.language; English is the top of messages/, French messages/fr/
NAMES = {"en": "English", "fr": "French (français)"}  # as staff pages offer them
