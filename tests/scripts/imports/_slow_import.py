# Work enough that threads importing it at once overlap with its code running.
print("running _slow_import")
total = 0
for i in range(200000):
    total += i
