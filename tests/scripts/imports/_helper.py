# Imported by the tests in this folder (not a test: its name starts with an underscore).
print("running _helper as", __name__)
x = "helper's x"
calls = 0


def get_x():
    return x


def count():
    global calls
    calls += 1
    return calls


def file_name():
    return __file__.rsplit("/", 1)[-1]


if __name__ == "__main__":
    print("never: _helper is imported, not run")
