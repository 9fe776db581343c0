# Case mapping beyond ASCII, as CPython 3.11 (Unicode 14.0) has it: full mappings (one letter
# may become two), final sigma, titlecase digraphs, Latin Extended, Greek, Cyrillic, Armenian,
# Georgian; the is...() tests; casefold.
print("straße".upper(), "ﬁle".upper(), "ŉ".upper())  # expect: STRASSE FILE ʼN
print("ÀÉÎÕÜ Łódź Čeština".lower(), "ÿ".upper())  # expect: àéîõü łódź čeština Ÿ
print("ΟΔΟΣ ΣΟΦΟΣ".lower(), "Σ".lower(), "ΑΣ.".lower())  # expect: οδος σοφος σ ας.
print("привет мир".upper(), "ПРИВЕТ".lower(), "ёжик".title())  # expect: ПРИВЕТ МИР привет Ёжик
print("բարեւ".upper(), "ǆungla".title(), "ǅ".lower(), "ǆ".upper())  # expect: ԲԱՐԵՒ ǅungla ǆ Ǆ
print("straße".title(), "ßa".capitalize(), "éCOLE".capitalize())  # expect: Straße Ssa École
print("Straße".casefold() == "STRASSE".casefold(), "ΣΊΣΥΦΟΣ".casefold())  # expect: True σίσυφοσ
print("İstanbul".lower() == "i̇stanbul", len("İ".lower()), "ı".upper())  # expect: True 2 I
print("ÄbC ΔέΛ".swapcase(), "ß".swapcase())  # expect: äBc δΈλ SS
print("ÉTÉ".isupper(), "été".islower(), "Été".istitle(), "ÉTÉ".istitle(), "ǅ".isupper(), "ǅ".istitle())  # expect: True True True False False True
print("ÉtÉ".isupper(), "ÉtÉ".islower(), "123".isupper(), "Ω1".isupper(), "ω!".islower())  # expect: False False False True True
print("Hello World".istitle(), "Hello world".istitle(), "".istitle(), b"Ab Cd".istitle(), b"AB".isupper())  # expect: True False False True True
print("😀 ok".upper(), "ⅷ".upper(), "Ⓐ".lower())  # expect: 😀 OK Ⅷ ⓐ
upper = sum(1 for c in range(0x80, 0x600) if chr(c).isupper())
lower = sum(1 for c in range(0x80, 0x600) if chr(c).islower())
changed = sum(len(chr(c).upper()) for c in range(0x80, 0x600) if chr(c).upper() != chr(c))
print(upper, lower, changed)  # expect: 442 565 483
