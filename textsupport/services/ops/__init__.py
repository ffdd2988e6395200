"""Operations: health, the demo data, the message bank check, and the home page's reads."""
