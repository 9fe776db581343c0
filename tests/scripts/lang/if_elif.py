# if / elif / else, nested conditions and pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 7, 100]:
    print(classify(n))
# expect: negative
# expect: zero
# expect: small
# expect: large

x = 5
if x > 1:
    if x > 3:
        print("big")  # expect: big
    else:
        print("medium")
if x == 0:
    pass
else:
    pass
print("done")  # expect: done
