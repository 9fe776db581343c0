# random: a seeded generator gives CPython 3.11's numbers bit for bit (the Mersenne Twister, its
# seeding from ints of any size, random(), getrandbits, and the algorithms above them).
import random
from random import Random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20, 3), random.randrange(50, 0, -7))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), sorted(random.sample(range(10 ** 6), 8)))
print(random.sample(["a", "b"], k=4, counts=[3, 2]))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 10), random.triangular(0, 10, 2), random.gauss(0, 1), random.gauss(5, 2))
print(random.normalvariate(0, 1), random.expovariate(2.0), random.gammavariate(2.0, 1.0), random.betavariate(2, 3))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1.0, 4.0), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randrange(2 ** 100), random.randint(-(10 ** 30), 10 ** 30))

for s in [0, 1, -1, 2 ** 32, 2 ** 32 + 5, 2 ** 64 - 1, 3 ** 100, -(7 ** 50), True, 2.0, -5.0]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(40))

r1 = Random(42)
r2 = Random(42)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(0, 10 ** 9))
state = r1.getstate()
first = [r1.random() for _ in range(4)]
r1.setstate(state)
print(first == [r1.random() for _ in range(4)], len(state[1]), state[0])
r3 = Random()
r3.seed(99)
print(r3.random(), Random(99).random())
random.seed("abc", version=1)
print(random.random())
random.seed(7)
total = 0
for _ in range(10000):
    total += random.randint(0, 100)
print(total)

class Dice(Random):
    def roll(self):
        return self.randint(1, 6)

print([Dice(3).roll() for _ in range(3)], Dice(3).random())
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
          lambda: random.randrange(1, 10, 0), lambda: random.randrange(1.5),
          lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
          lambda: random.getrandbits(-1), lambda: random.seed([1]),
          lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]),
          lambda: random.choices("ab", [1]), lambda: random.gammavariate(0, 1),
          lambda: random.randrange(3, stop=None, step=2)]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
unseeded = Random()
v = unseeded.random()
print(0.0 <= v < 1.0, 1 <= random.randint(1, 3) <= 3)

# python3.11's output:
# expect: 0.41661987254534116 0.010169169457068361
# expect: [3, 3, 2, 3, 5, 4, 2, 3, 1, 4]
# expect: [33, 71, 80, 22, 78] 13 15
# expect: 1 4114856911 1684078884890171620 533632613125305379008961211118 0
# expect: e 30 170
# expect: [17, 9, 3, 19, 1, 11, 12, 15, 16, 8, 13, 14, 7, 0, 5, 10, 18, 2, 6, 4]
# expect: [83, 53, 13, 87, 73] ['c', 'f', 'd'] [243920, 345917, 549031, 624949, 743845, 846331, 864901, 957490]
# expect: ['a', 'a', 'b', 'b']
# expect: ['a', 'c', 'b', 'a', 'b'] [1, 3, 1, 1, 3, 1]
# expect: ['y', 'z', 'z', 'y']
# expect: 3.9138465308813704 0.9931688982557909 -0.0964667266359564 4.214289205376389
# expect: 2.177094794260984 0.22923701587095655 3.0799344945168965 0.33616350657708866
# expect: 1.3855372176053837 0.4201742741070442 3.1265903545726634 0.5120542603515276
# expect: 339753786490572663741170447559 784187585353390097433943391020
# expect: 0 0.8444218515250481 978212965548
# expect: 1 0.13436424411240122 884107995871
# expect: -1 0.13436424411240122 884107995871
# expect: 4294967296 0.11299430095636409 1028291745030
# expect: 4294967301 0.15727238718789782 976170847029
# expect: 18446744073709551615 0.021825695401270107 680056941120
# expect: 515377520732011331036461129765621272702107522001 0.9961507886437303 627091167130
# expect: -1798465042647412146620280340569649349251249 0.6134597860733654 865586739117
# expect: True 0.13436424411240122 884107995871
# expect: 2.0 0.9560342718892494 936078791291
# expect: -5.0 0.02309888160478102 814186536525
# expect: True 239670711
# expect: True 625 3
# expect: 0.40397807494366633 0.40397807494366633
# expect: 0.09639374978773074
# expect: 495022
# expect: [2, 2, 2] 0.23796462709189137
# expect: IndexError Cannot choose from an empty sequence
# expect: ValueError empty range for randrange()
# expect: ValueError empty range for randrange() (5, 5, 0)
# expect: ValueError zero step for randrange()
# expect: ValueError non-integer arg 1 for randrange()
# expect: ValueError Sample larger than population or is negative
# expect: TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
# expect: ValueError number of bits must be non-negative
# expect: TypeError The only supported seed types are: None,
# expect: int, float, str, bytes, and bytearray.
# expect: TypeError Cannot specify both weights and cumulative weights
# expect: ValueError The number of weights does not match the population
# expect: ValueError gammavariate: alpha and beta must be > 0.0
# expect: TypeError Missing a non-None stop argument
# expect: True True
