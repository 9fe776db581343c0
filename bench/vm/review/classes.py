# classes: properties with setters, classmethods, staticmethods, __slots__, super chains, __str__
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return "..."
    def __str__(self):
        return f"{self.__class__.__name__}({self.name})"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
t = Temperature(0)
acc = 0.0
for i in range(50000):
    t.celsius = i % 100
    acc += t.fahrenheit
    if Temperature.valid(t.celsius):
        acc += Temperature.from_f(acc % 212).celsius
print(round(acc, 4))
zoo = []
for i in range(20000):
    zoo.append(Puppy(f"p{i}", "lab") if i % 3 == 0 else Dog(f"d{i}", "pug") if i % 3 == 1 else Animal(f"a{i}"))
sounds = {}
for a in zoo:
    s = a.speak()
    sounds[s] = sounds.get(s, 0) + 1
print(sounds, Animal.count, str(zoo[0]), str(zoo[2]))
print(sum(len(str(a)) for a in zoo))
