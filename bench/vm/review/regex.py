# re: findall, sub, match groups, split on a log file
import re
lines = []
for i in range(4000):
    lines.append(f"2024-01-{i % 28 + 1:02d} 12:{i % 60:02d}:{(i * 7) % 60:02d} [{'INFO' if i % 3 else 'ERROR'}] user{i % 37}@host{i % 5}.example.com took {i * 13 % 997}ms path=/api/v{i % 3}/items/{i}")
log = "\n".join(lines)
pat = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d\d):(\d\d):(\d\d) \[(\w+)\] (\S+)@(\S+) took (\d+)ms")
errors = 0
total = 0
users = {}
for line in lines:
    m = pat.match(line)
    if m:
        if m.group(7) == "ERROR":
            errors += 1
        total += int(m.group(10))
        users[m.group(8)] = users.get(m.group(8), 0) + 1
print(errors, total, len(users))
print(len(re.findall(r"user\d+", log)), re.findall(r"/api/v(\d)/", log)[:5])
print(re.sub(r"\d+ms", "Xms", lines[5]), len(re.split(r"\s+", log)))
emails = re.findall(r"[\w.]+@[\w.]+", log)
print(len(emails), emails[:2])
