x = "ÿþ"
print(x)
