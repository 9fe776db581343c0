print("h√©")
¿Ø = 1
